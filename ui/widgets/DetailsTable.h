#pragma once

#include <QString>

// The facts about the selected row, as the details panes (Activity, Sessions, Keys) show them: an HTML
// table of a bold label and its value a line; a value that is empty leaves its line out.
class DetailsTable
{
public:
    void add(const QString &label, const QString &value);
    // A value to show as code (a key id, a thumbprint).
    void addCode(const QString &label, const QString &value);
    QString html() const;

    // A plain sentence in place of the table ("Select a key to see its public details.").
    static QString paragraph(const QString &text);

private:
    void addRow(const QString &label, const QString &valueHtml);

    QString m_rows;
};
