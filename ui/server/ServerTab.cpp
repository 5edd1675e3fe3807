#include "ServerTab.h"

#include "ApiServer.h"
#include "HttpMetrics.h"
#include "Icons.h"
#include "InlineFieldErrors.h"
#include "RequestLogModel.h"
#include "RequestRateChart.h"
#include "SelfSignedCertificate.h"
#include "ServerEndpoint.h"
#include "common/Error.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int pollIntervalMs = 250;
constexpr int sampleIntervalMs = 1000;
const QString bindFieldName = u"bind"_s;
const QString portFieldName = u"port"_s;
const QString certificateFieldName = u"certificate"_s;
const QString keyFieldName = u"key"_s;

// Which field a start failure is about, by the server's error code; empty for none in particular.
QString fieldFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::PortInUse:
    case ErrorCode::PortNotPermitted:
        return portFieldName;
    case ErrorCode::AddressNotAvailable:
        return bindFieldName;
    case ErrorCode::TlsKeyInvalid:
    case ErrorCode::TlsKeyMismatch:
    case ErrorCode::TlsKeyUnreadable:
    case ErrorCode::TlsKeyUnsupported:
        return keyFieldName;
    case ErrorCode::TlsCertificateInvalid:
    case ErrorCode::TlsCertificateUnreadable:
    case ErrorCode::TlsFilesExist:
    case ErrorCode::TlsIncomplete:
    case ErrorCode::TlsUnavailable:
        return certificateFieldName;
    default:
        return {};
    }
}
} // namespace

ServerTab::ServerTab(ApiServer &server, QWidget *parent)
    : WindowTab(u"server"_s, Icons::glyph(Icons::Glyph::Terminal), parent)
    , m_server(server)
    , m_log(new RequestLogModel(RequestLogModel::defaultCapacity, this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_menu(new QMenu(this))
    , m_startAction(new QAction(this))
    , m_stopAction(new QAction(this))
    , m_settingsBox(new QGroupBox(this))
    , m_form(new QFormLayout)
    , m_errors(nullptr)
    , m_bindLabel(new QLabel(m_settingsBox))
    , m_bind(new QComboBox(m_settingsBox))
    , m_portLabel(new QLabel(m_settingsBox))
    , m_port(new QSpinBox(m_settingsBox))
    , m_tlsLabel(new QLabel(m_settingsBox))
    , m_tls(new QCheckBox(m_settingsBox))
    , m_certificateLabel(new QLabel(m_settingsBox))
    , m_certificate(new QLineEdit(m_settingsBox))
    , m_browseCertificate(new QToolButton(m_settingsBox))
    , m_keyLabel(new QLabel(m_settingsBox))
    , m_key(new QLineEdit(m_settingsBox))
    , m_browseKey(new QToolButton(m_settingsBox))
    , m_generate(new QPushButton(m_settingsBox))
    , m_autostart(new QCheckBox(m_settingsBox))
    , m_statusBox(new QGroupBox(this))
    , m_state(new QLabel(m_statusBox))
    , m_url(new QLabel(m_statusBox))
    , m_copyUrl(new QToolButton(m_statusBox))
    , m_lanUrls(new QLabel(m_statusBox))
    , m_lanWarning(new QLabel(m_statusBox))
    , m_startButton(new QPushButton(m_statusBox))
    , m_stopButton(new QPushButton(m_statusBox))
    , m_generalError(new QLabel(m_statusBox))
    , m_counters(new QLabel(this))
    , m_chartTitle(new QLabel(this))
    , m_chart(new RequestRateChart(this))
    , m_filter(new QLineEdit(this))
    , m_clearLog(new QPushButton(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"serverTab"_s);
    buildActions();
    buildSettingsBox();
    buildStatusBox();
    buildTraffic();
    buildLayout();

    m_pollTimer.setInterval(pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ServerTab::poll);
    connect(&m_server, &ApiServer::runningChanged, this, &ServerTab::updateState);
    if (const std::shared_ptr<HttpMetrics> metrics = m_server.metrics())
        m_lastSequence = metrics->lastSequence();

    retranslateUi();
    updateState();
}

void ServerTab::buildActions()
{
    m_menu->setObjectName(u"serverMenu"_s);
    m_startAction->setObjectName(u"startServerAction"_s);
    m_stopAction->setObjectName(u"stopServerAction"_s);
    m_menu->addAction(m_startAction);
    m_menu->addAction(m_stopAction);
    for (QAction *action : {m_startAction, m_stopAction}) {
        connect(action, &QAction::triggered, this, &WindowTab::showRequested);
        addAction(action);
    }
    connect(m_startAction, &QAction::triggered, this, &ServerTab::startServer);
    connect(m_stopAction, &QAction::triggered, this, &ServerTab::stopServer);
}

void ServerTab::buildSettingsBox()
{
    // Where and how the server listens.
    m_bind->setObjectName(u"bindChooser"_s);
    m_bind->addItem(QString(), false);
    m_bind->addItem(QString(), true);
    m_bindLabel->setBuddy(m_bind);
    m_port->setObjectName(u"portField"_s);
    m_port->setRange(0, 65535);
    m_port->setValue(StoredServerSettings::defaultPort);
    m_portLabel->setBuddy(m_port);
    m_tls->setObjectName(u"tlsCheck"_s);
    m_tlsLabel->setBuddy(m_tls);
    m_certificate->setObjectName(u"certificateField"_s);
    m_certificateLabel->setBuddy(m_certificate);
    m_key->setObjectName(u"keyField"_s);
    m_keyLabel->setBuddy(m_key);
    m_browseCertificate->setObjectName(u"browseCertificate"_s);
    m_browseCertificate->setIcon(Icons::glyph(Icons::Glyph::Open));
    m_browseKey->setObjectName(u"browseKey"_s);
    m_browseKey->setIcon(Icons::glyph(Icons::Glyph::Open));
    m_autostart->setObjectName(u"autostartCheck"_s);
    m_generate->setObjectName(u"generateCertificateButton"_s);
    m_generate->setIcon(Icons::glyph(Icons::Glyph::Generate));
    connect(m_generate, &QPushButton::clicked, this, &ServerTab::chooseCertificateFolder);

    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate);
    certificateRow->addWidget(m_browseCertificate);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key);
    keyRow->addWidget(m_browseKey);
    m_form->addRow(m_bindLabel, m_bind);
    m_form->addRow(m_portLabel, m_port);
    auto *tlsRow = new QHBoxLayout;
    tlsRow->addWidget(m_tls);
    tlsRow->addStretch(1);
    tlsRow->addWidget(m_generate);
    m_form->addRow(m_tlsLabel, tlsRow);
    m_form->addRow(m_certificateLabel, certificateRow);
    m_form->addRow(m_keyLabel, keyRow);
    m_form->addRow(QString(), m_autostart);
    m_settingsBox->setLayout(m_form);
    m_errors = new InlineFieldErrors(m_form, this);
    m_errors->addField(bindFieldName, m_bind);
    m_errors->addField(portFieldName, m_port);
    m_errors->addField(certificateFieldName, m_certificate);
    m_errors->addField(keyFieldName, m_key);

    connect(m_browseCertificate, &QToolButton::clicked, this,
            [this] { browse(m_certificate, tr("Choose the TLS Certificate")); });
    connect(m_browseKey, &QToolButton::clicked, this,
            [this] { browse(m_key, tr("Choose the TLS Private Key")); });
    connect(m_tls, &QCheckBox::toggled, this, &ServerTab::updateTlsFields);
    connect(m_bind, &QComboBox::currentIndexChanged, this, &ServerTab::updateLanWarning);
}

void ServerTab::buildStatusBox()
{
    // Whether it runs, where it answers, Start and Stop.
    m_state->setObjectName(u"serverState"_s);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_url->setObjectName(u"serverUrl"_s);
    m_url->setTextFormat(Qt::RichText);
    m_url->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_url->setOpenExternalLinks(true);
    m_copyUrl->setObjectName(u"copyUrlButton"_s);
    m_copyUrl->setIcon(Icons::glyph(Icons::Glyph::Copy));
    connect(m_copyUrl, &QToolButton::clicked, this, &ServerTab::copyUrl);
    m_lanUrls->setObjectName(u"lanUrls"_s);
    m_lanUrls->setWordWrap(true);
    m_lanUrls->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lanWarning->setObjectName(u"lanWarning"_s);
    m_lanWarning->setWordWrap(true);
    InlineFieldErrors::styleAsError(m_lanWarning);
    m_startButton->setObjectName(u"startButton"_s);
    m_stopButton->setObjectName(u"stopButton"_s);
    connect(m_startButton, &QPushButton::clicked, this, &ServerTab::startServer);
    connect(m_stopButton, &QPushButton::clicked, this, &ServerTab::stopServer);
    m_generalError->setObjectName(u"startError"_s);
    m_generalError->setWordWrap(true);
    m_generalError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    InlineFieldErrors::styleAsError(m_generalError);
    m_generalError->hide();

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copyUrl);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch(1);
    auto *statusLayout = new QVBoxLayout(m_statusBox);
    statusLayout->addWidget(m_state);
    statusLayout->addLayout(urlRow);
    statusLayout->addWidget(m_lanUrls);
    statusLayout->addWidget(m_lanWarning);
    statusLayout->addStretch(1);
    statusLayout->addWidget(m_generalError);
    statusLayout->addLayout(buttons);
}

void ServerTab::buildTraffic()
{
    // The request log and its counters.
    m_counters->setObjectName(u"counters"_s);
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setObjectName(u"logFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_clearLog->setObjectName(u"clearLogButton"_s);
    m_filtered->setSourceModel(m_log);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_filtered, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_clearLog, &QPushButton::clicked, m_log, &RequestLogModel::clear);
    m_view->setObjectName(u"requestLogView"_s);
    m_view->setModel(m_filtered);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
}

void ServerTab::buildLayout()
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_settingsBox, 3);
    top->addWidget(m_statusBox, 2);
    auto *logTools = new QHBoxLayout;
    logTools->addWidget(m_counters, 1);
    logTools->addWidget(m_filter);
    logTools->addWidget(m_clearLog);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chartTitle);
    layout->addWidget(m_chart);
    layout->addLayout(logTools);
    layout->addWidget(m_view, 1);
}

void ServerTab::chooseCertificateFolder()
{
    auto *dialog = new QFileDialog(this, tr("Folder for the New Certificate and Key"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &ServerTab::generateSelfSigned);
    dialog->open();
}

void ServerTab::updateTlsFields()
{
    m_certificate->setEnabled(m_tls->isChecked() && !m_server.isRunning());
    m_key->setEnabled(m_certificate->isEnabled());
    m_browseCertificate->setEnabled(m_certificate->isEnabled());
    m_browseKey->setEnabled(m_certificate->isEnabled());
    updateLanWarning();
}

void ServerTab::copyUrl()
{
    if (m_localUrl.isValid())
        QGuiApplication::clipboard()->setText(m_localUrl.toString());
    emit statusMessage(tr("Copied %1.").arg(m_localUrl.toString()));
}

ServerTab::~ServerTab()
{
    ServerEndpoint::setRunningServer(QUrl());
}

QString ServerTab::title() const
{
    return tr("Server");
}

QString ServerTab::menuTitle() const
{
    return tr("Se&rver");
}

QList<QAction *> ServerTab::toolBarActions() const
{
    return {m_startAction, m_stopAction};
}

void ServerTab::reload()
{
    poll();
}

void ServerTab::focusSearch()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ServerTab::focusContent()
{
    m_view->setFocus(Qt::OtherFocusReason);
}

void ServerTab::saveState(QSettings &settings) const
{
    settings.setValue(u"serverTab/header"_s, m_view->horizontalHeader()->saveState());
    currentSettings().save();
}

void ServerTab::restoreState(QSettings &settings)
{
    setSettings(StoredServerSettings::load());
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray saved = settings.value(u"serverTab/header"_s).toByteArray();
    if (!saved.isEmpty() && header->restoreState(saved))
        return;
    const QFontMetrics metrics = m_view->fontMetrics();
    header->resizeSection(RequestLogModel::TimeColumn, metrics.horizontalAdvance(u"00:00:00.000MMM"_s));
    header->resizeSection(RequestLogModel::ClientColumn, metrics.horizontalAdvance(u"255.255.255.255MM"_s));
    header->resizeSection(RequestLogModel::MethodColumn, metrics.horizontalAdvance(u"DELETEMMM"_s));
    header->resizeSection(RequestLogModel::PathColumn,
                          metrics.horizontalAdvance(u"/api/v1/books/0000000000MM"_s));
    header->resizeSection(RequestLogModel::StatusColumn, metrics.horizontalAdvance(u"StatusMMM"_s));
    header->resizeSection(RequestLogModel::DurationColumn, metrics.horizontalAdvance(u"0000.00 msMMM"_s));
}

StoredServerSettings ServerTab::currentSettings() const
{
    StoredServerSettings settings;
    settings.port = m_port->value();
    settings.shareOnLan = m_bind->currentData().toBool();
    settings.tls = m_tls->isChecked();
    settings.certificateFile = m_certificate->text().trimmed();
    settings.keyFile = m_key->text().trimmed();
    settings.autostart = m_autostart->isChecked();
    return settings;
}

void ServerTab::setSettings(const StoredServerSettings &settings)
{
    m_port->setValue(settings.port);
    m_bind->setCurrentIndex(settings.shareOnLan ? 1 : 0);
    m_tls->setChecked(settings.tls);
    m_certificate->setText(settings.certificateFile);
    m_key->setText(settings.keyFile);
    m_autostart->setChecked(settings.autostart);
    updateState();
}

QUrl ServerTab::localUrl() const
{
    return m_localUrl;
}

QString ServerTab::stateText() const
{
    return m_state->text();
}

QString ServerTab::fieldMessage(const QString &field) const
{
    if (field.isEmpty())
        return m_generalError->isHidden() ? QString() : m_generalError->text();
    return m_errors->message(field);
}

bool ServerTab::startServer()
{
    clearMessages();
    const StoredServerSettings settings = currentSettings();
    if (settings.tls) {
        if (settings.certificateFile.isEmpty())
            m_errors->showMessage(certificateFieldName, tr("Choose the certificate file (PEM) for HTTPS."));
        if (settings.keyFile.isEmpty())
            m_errors->showMessage(keyFieldName, tr("Choose the private key file (PEM) for HTTPS."));
        if (m_errors->hasMessages())
            return false;
    }
    const Result<quint16> started = m_server.start(settings.toOptions());
    if (!started) {
        showStartError(started.error());
        updateState();
        return false;
    }
    settings.save();
    updateState();
    emit statusMessage(tr("The server is listening at %1.").arg(m_localUrl.toString()));
    return true;
}

void ServerTab::stopServer()
{
    if (!m_server.isRunning())
        return;
    m_server.stop();
    poll();
    updateState();
    emit statusMessage(tr("The server has stopped."));
}

bool ServerTab::generateSelfSigned(const QString &directory)
{
    clearMessages();
    const Result<SelfSignedCertificate::Files> files = SelfSignedCertificate::writeTo(directory);
    if (!files && files.error().code() == ErrorCode::TlsFilesExist) {
        auto *question = new QMessageBox(
            QMessageBox::Question, tr("Replace the Certificate?"),
            tr("%1 already holds a certificate and key. Replace them with a new pair? A server that uses "
               "the old pair keeps it until it is restarted; clients that trusted it must trust the new one.")
                .arg(QDir::toNativeSeparators(directory)),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        question->setObjectName(u"replaceCertificateQuestion"_s);
        question->setAttribute(Qt::WA_DeleteOnClose);
        question->setDefaultButton(QMessageBox::Cancel);
        connect(question->button(QMessageBox::Yes), &QAbstractButton::clicked, this, [this, directory] {
            const Result<SelfSignedCertificate::Files> replaced
                = SelfSignedCertificate::writeTo(directory, SelfSignedCertificate::ExistingFiles::Replace);
            if (!replaced) {
                m_errors->showMessage(certificateFieldName, replaced.error().localizedMessage());
                return;
            }
            useGenerated(replaced.value(), directory);
        });
        question->open();
        return false;
    }
    if (!files) {
        m_errors->showMessage(certificateFieldName, files.error().localizedMessage());
        return false;
    }
    useGenerated(files.value(), directory);
    return true;
}

void ServerTab::useGenerated(const SelfSignedCertificate::Files &files, const QString &directory)
{
    m_tls->setChecked(true);
    m_certificate->setText(files.certificateFile);
    m_key->setText(files.keyFile);
    emit statusMessage(tr("Created a self-signed certificate in %1.").arg(directory));
}

void ServerTab::poll()
{
    const std::shared_ptr<HttpMetrics> metrics = m_server.metrics();
    if (!metrics)
        return;
    const QList<HttpRequestRecord> fresh = metrics->recentRequests(m_lastSequence);
    if (!fresh.isEmpty()) {
        m_lastSequence = fresh.constLast().sequence;
        QScrollBar *bar = m_view->verticalScrollBar();
        const bool following = bar->value() >= bar->maximum();
        m_log->append(fresh);
        if (following)
            m_view->scrollToBottom();
    }
    // Counted by the server itself: exact even when the log above drops requests between two polls.
    m_totalRequests = metrics->requestsTotal();
    m_clientErrors = metrics->requestsWithStatusClass(4);
    m_serverErrors = metrics->requestsWithStatusClass(5);

    if (!m_sampleClock.isValid()) {
        m_sampleClock.start();
        m_totalAtSample = m_totalRequests;
        m_clientErrorsAtSample = m_clientErrors;
        m_serverErrorsAtSample = m_serverErrors;
    } else if (const qint64 elapsed = m_sampleClock.elapsed(); elapsed >= sampleIntervalMs) {
        RequestRateChart::Sample sample;
        sample.requests = m_totalRequests - m_totalAtSample;
        sample.clientErrors = m_clientErrors - m_clientErrorsAtSample;
        sample.serverErrors = m_serverErrors - m_serverErrorsAtSample;
        m_chart->addSample(sample);
        m_requestsPerSecond = double(sample.requests) * 1000.0 / double(elapsed);
        m_totalAtSample = m_totalRequests;
        m_clientErrorsAtSample = m_clientErrors;
        m_serverErrorsAtSample = m_serverErrors;
        m_sampleClock.restart();
        emit serverStatusChanged();
    }
    updateCounters();
}

void ServerTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        emit titleChanged();
    }
    WindowTab::changeEvent(event);
}

void ServerTab::retranslateUi()
{
    m_menu->setTitle(menuTitle());
    m_startAction->setText(tr("&Start Server"));
    m_startAction->setIconText(tr("Start"));
    m_startAction->setToolTip(tr("Start the REST server with the settings shown"));
    m_stopAction->setText(tr("S&top Server"));
    m_stopAction->setIconText(tr("Stop"));
    m_stopAction->setToolTip(tr("Stop the REST server, letting requests in progress finish"));

    m_settingsBox->setTitle(tr("Settings"));
    m_bindLabel->setText(tr("&Listen on:"));
    m_bind->setItemText(0, tr("Local only (127.0.0.1)"));
    m_bind->setItemText(1, tr("Share on the LAN (all interfaces)"));
    m_portLabel->setText(tr("&Port:"));
    m_port->setSpecialValueText(tr("Any free port"));
    m_tlsLabel->setText(tr("HTTP&S:"));
    m_tls->setText(tr("Serve HTTPS only (TLS)"));
    m_generate->setText(tr("&Generate Self-Signed..."));
    m_generate->setToolTip(tr("Create a certificate for localhost and this machine's name, valid without a "
                              "certificate authority once clients trust it"));
    m_certificateLabel->setText(tr("&Certificate:"));
    m_certificate->setPlaceholderText(tr("PEM certificate file"));
    m_browseCertificate->setToolTip(tr("Choose the certificate file"));
    m_keyLabel->setText(tr("Private &key:"));
    m_key->setPlaceholderText(tr("PEM private key file, not encrypted"));
    m_browseKey->setToolTip(tr("Choose the private key file"));
    m_autostart->setText(tr("Start the server when Bookwarden opens"));

    m_statusBox->setTitle(tr("Status"));
    m_copyUrl->setToolTip(tr("Copy the address"));
    m_startButton->setText(tr("Start"));
    m_stopButton->setText(tr("Stop"));
    m_chartTitle->setText(tr("Requests per second, last minute (amber: 4xx, red: 5xx)"));
    m_filter->setPlaceholderText(tr("Filter the log"));
    m_clearLog->setText(tr("Clear Log"));
    updateState();
}

void ServerTab::updateState()
{
    const bool running = m_server.isRunning();
    const QUrl url = running ? ServerEndpoint::loopbackUrl(m_server.isSecure(), m_server.port()) : QUrl();
    m_localUrl = url;
    ServerEndpoint::setRunningServer(url);

    if (running) {
        m_state->setText(tr("Running"));
        const QString address = url.toString().toHtmlEscaped();
        m_url->setText(u"<a href=\"%1\">%1</a>"_s.arg(address));
        QStringList lan;
        const QList<QUrl> urls = m_server.urls();
        for (const QUrl &each : urls) {
            if (!QHostAddress(each.host()).isLoopback())
                lan << each.toString();
        }
        m_lanUrls->setText(lan.isEmpty() ? QString() : tr("Clients on the LAN: %1").arg(lan.join(u", "_s)));
        m_lanUrls->setVisible(!lan.isEmpty());
        m_pollTimer.start();
    } else {
        m_state->setText(tr("Stopped"));
        m_url->setText(tr("Not listening"));
        m_lanUrls->clear();
        m_lanUrls->hide();
        m_pollTimer.stop();
        m_requestsPerSecond = 0;
        m_sampleClock.invalidate();
    }
    m_copyUrl->setEnabled(running);
    m_startButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
    m_startAction->setEnabled(!running);
    m_stopAction->setEnabled(running);
    // The settings take effect at the next start: editing them while serving would only mislead.
    m_bind->setEnabled(!running);
    m_port->setEnabled(!running);
    m_tls->setEnabled(!running);
    m_generate->setEnabled(!running);
    const bool files = !running && m_tls->isChecked();
    m_certificate->setEnabled(files);
    m_key->setEnabled(files);
    m_browseCertificate->setEnabled(files);
    m_browseKey->setEnabled(files);
    updateLanWarning();
    updateCounters();
    emit serverStatusChanged();
}

void ServerTab::updateCounters()
{
    const QLocale locale;
    m_counters->setText(tr("Requests: %1   4xx: %2   5xx: %3   Now: %4 per second")
                            .arg(locale.toString(m_totalRequests), locale.toString(m_clientErrors),
                                 locale.toString(m_serverErrors),
                                 locale.toString(m_requestsPerSecond, 'f', 1)));
}

void ServerTab::updateLanWarning()
{
    const bool exposedInClear = m_bind->currentData().toBool() && !m_tls->isChecked();
    m_lanWarning->setText(exposedInClear ? tr("Shared on the LAN without TLS: passwords and tokens cross the "
                                              "network readable by anyone on it.")
                                         : QString());
    m_lanWarning->setVisible(exposedInClear);
}

void ServerTab::showStartError(const Error &error)
{
    const QString field = fieldFor(error.code());
    const QString message = error.localizedMessage();
    if (field.isEmpty()) {
        m_generalError->setText(tr("Could not start the server: %1").arg(message));
        m_generalError->show();
    } else {
        m_errors->showMessage(field, message);
    }
}

void ServerTab::clearMessages()
{
    m_errors->clear();
    m_generalError->clear();
    m_generalError->hide();
}

void ServerTab::browse(QLineEdit *field, const QString &title)
{
    auto *dialog = new QFileDialog(this, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM files (*.pem *.crt *.key)"), tr("All files (*)")});
    if (!field->text().isEmpty())
        dialog->selectFile(field->text());
    connect(dialog, &QFileDialog::fileSelected, field, &QLineEdit::setText);
    dialog->open();
}
