#pragma once

#include "inspector/InspectionReport.h"

#include <QSplitter>

class ClaimTableModel;
class QLabel;
class QPlainTextEdit;
class QSettings;
class QTableView;

// The Token Inspector's lower half: the header and the payload as highlighted JSON, titled in the colours
// of their parts of the token, beside every member explained (ClaimTableModel) with the selected one in
// full below. A part that could not be read says why where its JSON would be.
class DecodedTokenView : public QSplitter
{
    Q_OBJECT

public:
    explicit DecodedTokenView(QWidget *parent = nullptr);

    // Shows the report (nullptr: nothing inspected). The same token again keeps scroll positions and the
    // selected claim; the countdown relies on that.
    void showInspection(const InspectionReport *report);

    ClaimTableModel *claims() const { return m_claims; }
    QTableView *claimsView() const { return m_claimsView; }
    QString headerText() const;
    QString payloadText() const;

    void saveLayout(QSettings &settings) const;
    void restoreLayout(QSettings &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showJson(QPlainTextEdit *view, const InspectionReport *report, int segment);
    void showClaimDetails();

    QSplitter *m_jsonSplitter;
    QLabel *m_headerTitle;
    QPlainTextEdit *m_headerView;
    QLabel *m_payloadTitle;
    QPlainTextEdit *m_payloadView;
    QLabel *m_claimsTitle;
    ClaimTableModel *m_claims;
    QTableView *m_claimsView;
    QLabel *m_claimDetails;
};
