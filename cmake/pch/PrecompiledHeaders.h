// The headers nearly every source of the app, the server and the tests parses: Qt Core whole
// (every test's <QtTest> pulls it in), the Network, Sql and Widgets classes most files use, and
// the standard library. See cmake/DispatchablePrecompiledHeaders.cmake for why and how.
//
// Only headers that test none of the per-target QT_*_LIB macros belong here: GCC refuses a
// precompiled header if a macro it depends on is defined differently in the file using it.
// (That rules out QtTest, whose headers change with QT_GUI_LIB and QT_WIDGETS_LIB.)
#pragma once

#include <QtCore/QtCore>

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslCertificate>

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <QtGui/QAction>
#include <QtGui/QPainter>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QWidget>

#include <algorithm>
#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>
