#include "MainWindow.h"

#include "common/Version.h"

#include <QLabel>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Bookwarden %1").arg(QLatin1String(Bookwarden::version)));
    setCentralWidget(new QLabel(tr("Bookwarden"), this));
}
