#include "DetailsTable.h"

using namespace Qt::Literals::StringLiterals;

void DetailsTable::add(const QString &label, const QString &value)
{
    if (!value.isEmpty())
        addRow(label, value.toHtmlEscaped());
}

void DetailsTable::addCode(const QString &label, const QString &value)
{
    if (!value.isEmpty())
        addRow(label, u"<code>"_s + value.toHtmlEscaped() + u"</code>"_s);
}

QString DetailsTable::html() const
{
    return u"<table cellspacing=\"0\" cellpadding=\"3\">"_s + m_rows + u"</table>"_s;
}

QString DetailsTable::paragraph(const QString &text)
{
    return u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

void DetailsTable::addRow(const QString &label, const QString &valueHtml)
{
    m_rows += u"<tr><td valign=\"top\"><b>"_s + label.toHtmlEscaped() + u"</b></td><td>"_s + valueHtml
        + u"</td></tr>"_s;
}
