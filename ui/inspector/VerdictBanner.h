#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;

// The Token Inspector's verdict, at the top and in colour: green for a valid token, red for one that is
// refused (with the exact reason), amber when the key or secret given cannot be used, neutral before
// anything was checked. A bold line says what it is; the lines below say why and with which key.
class VerdictBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Verdict { Neutral, Valid, Refused, KeyProblem };

    explicit VerdictBanner(QWidget *parent = nullptr);

    void setVerdict(Verdict verdict, const QString &title, const QStringList &details);

    Verdict verdict() const { return m_verdict; }
    QString title() const;
    QString details() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    Verdict m_verdict = Verdict::Neutral;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_details;
};
