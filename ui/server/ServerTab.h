#pragma once

#include "SelfSignedCertificate.h"
#include "StoredServerSettings.h"
#include "WindowTab.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QUrl>

class ApiServer;
class Error;
class InlineFieldErrors;
class QAction;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QToolButton;
class RequestLogModel;
class RequestRateChart;

// The Server tab: starts and stops the embedded REST server (ApiServer) the way its fields say (local only
// or on the LAN, port, HTTPS with a certificate and key), shows where it answers, and watches it live: a
// request log, requests per second over the last minute, and counts of all, 4xx and 5xx answers.
//
// The server's worker threads never touch a widget: they record each request in the server's thread-safe
// metrics, and this tab reads what is new from the GUI thread four times a second.
class ServerTab : public WindowTab
{
    Q_OBJECT

public:
    explicit ServerTab(ApiServer &server, QWidget *parent = nullptr);
    ~ServerTab() override;

    QString title() const override;
    QString menuTitle() const override;
    QMenu *menu() const override { return m_menu; }
    QList<QAction *> toolBarActions() const override;
    void reload() override;
    void focusSearch() override;
    void focusContent() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    // The settings as the fields show them.
    StoredServerSettings currentSettings() const;
    void setSettings(const StoredServerSettings &settings);
    // Where this machine reaches the running server (http://127.0.0.1:8080), or an empty URL.
    QUrl localUrl() const;
    QString stateText() const;
    double requestsPerSecond() const { return m_requestsPerSecond; }
    quint64 totalRequests() const { return m_totalRequests; }
    quint64 clientErrors() const { return m_clientErrors; }
    quint64 serverErrors() const { return m_serverErrors; }
    // The message shown under a field ("bind", "port", "certificate", "key"), or next to the buttons ("").
    QString fieldMessage(const QString &field) const;

    RequestLogModel *logModel() const { return m_log; }
    RequestRateChart *chart() const { return m_chart; }
    QTableView *logView() const { return m_view; }
    QPushButton *startButton() const { return m_startButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QComboBox *bindChooser() const { return m_bind; }
    QSpinBox *portField() const { return m_port; }
    QCheckBox *tlsCheck() const { return m_tls; }
    QLineEdit *certificateField() const { return m_certificate; }
    QLineEdit *keyField() const { return m_key; }
    QCheckBox *autostartCheck() const { return m_autostart; }
    QAction *startAction() const { return m_startAction; }
    QAction *stopAction() const { return m_stopAction; }
    QPushButton *generateButton() const { return m_generate; }

public slots:
    // Starts with the fields' settings (saved once the server listens); false, with the reason shown next
    // to the field concerned, when it cannot.
    bool startServer();
    void stopServer();
    // Writes a new self-signed certificate and key into `directory`, fills them in and turns TLS on. When
    // the directory already holds a pair it asks first (a window-modal question named
    // "replaceCertificateQuestion") and returns false; Yes replaces the pair.
    bool generateSelfSigned(const QString &directory);
    // Reads what the server answered since the last look (also called by the timer while it runs).
    void poll();

signals:
    // Running or stopped, the URL, or the request rate changed: for the status bar.
    void serverStatusChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildSettingsBox();
    void buildStatusBox();
    void buildTraffic();
    void buildLayout();
    void chooseCertificateFolder();
    void updateTlsFields();
    void copyUrl();
    void retranslateUi();
    void updateState();
    void updateCounters();
    void updateLanWarning();
    void showStartError(const Error &error);
    void clearMessages();
    void useGenerated(const SelfSignedCertificate::Files &files, const QString &directory);
    void browse(QLineEdit *field, const QString &title);

    ApiServer &m_server;
    RequestLogModel *m_log;
    QSortFilterProxyModel *m_filtered;

    QMenu *m_menu;
    QAction *m_startAction;
    QAction *m_stopAction;

    QGroupBox *m_settingsBox;
    QFormLayout *m_form;
    InlineFieldErrors *m_errors;
    QLabel *m_bindLabel;
    QComboBox *m_bind;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_tlsLabel;
    QCheckBox *m_tls;
    QLabel *m_certificateLabel;
    QLineEdit *m_certificate;
    QToolButton *m_browseCertificate;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QToolButton *m_browseKey;
    QPushButton *m_generate;
    QCheckBox *m_autostart;

    QGroupBox *m_statusBox;
    QLabel *m_state;
    QLabel *m_url;
    QToolButton *m_copyUrl;
    QLabel *m_lanUrls;
    QLabel *m_lanWarning;
    QPushButton *m_startButton;
    QPushButton *m_stopButton;
    QLabel *m_generalError;

    QLabel *m_counters;
    QLabel *m_chartTitle;
    RequestRateChart *m_chart;
    QLineEdit *m_filter;
    QPushButton *m_clearLog;
    QTableView *m_view;

    QTimer m_pollTimer;
    QElapsedTimer m_sampleClock;
    quint64 m_lastSequence = 0;
    quint64 m_totalRequests = 0;
    quint64 m_totalAtSample = 0;
    quint64 m_clientErrors = 0;
    quint64 m_serverErrors = 0;
    quint64 m_clientErrorsAtSample = 0;
    quint64 m_serverErrorsAtSample = 0;
    double m_requestsPerSecond = 0;
    QUrl m_localUrl;
};
