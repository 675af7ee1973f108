// Onboarding many numbers from a CSV file in three deliberate steps: choose the file and say which
// column holds what while a dry run lists every row with what applying it does or every problem
// it has; then read the fee and confirm (acknowledging the limitations first if the tenant has
// not); then watch new addresses being validated and the numbers being queued. Nothing is queued
// before the confirmation, and the confirm button is never the default.
#pragma once

#include "import/NumberCsvImport.h"
#include "import/NumberImportPlan.h"
#include "import/NumberImportRunner.h"

#include <QDialog>
#include <QPointer>

class Cache;
class ImportMappingForm;
class ImportPreviewModel;
class Outbox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

class NumberImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { PreviewPage, ConfirmPage, ApplyPage };

    NumberImportDialog(Cache &cache, Outbox &outbox, const QString &tenantId,
                       const QString &tenantName, QWidget *parent = nullptr);

    // Reads and previews a file (the Choose File button ends here). False with a message shown
    // when it cannot be read or parsed.
    bool loadFile(const QString &path);
    Page currentPage() const;
    const csvimport::ImportPlan &plan() const { return m_plan; }
    QString summary() const;
    QString statement() const;
    NumberImportRunner *runner() const { return m_runner; }

signals:
    // The confirmed import runs on: `runner` belongs to the dialog's parent (when it has one),
    // so closing the dialog does not stop numbers waiting for their new address.
    void importStarted(NumberImportRunner *runner);

private:
    QWidget *buildPreviewPage();
    QWidget *buildConfirmPage();
    QWidget *buildApplyPage();
    void chooseFile();
    // The columns' names (from the header row, or numbered) and a fresh guess of the mapping.
    void applyHeaderChoice();
    void updatePreview();
    void showConfirmation();
    void confirm();
    void refreshGroups();
    void showError(const QString &text);

    Cache &m_cache;
    Outbox &m_outbox;
    QString m_tenantId;
    QString m_tenantName;
    csvimport::CsvTable m_table;
    csvimport::ImportPlan m_plan;
    QPointer<NumberImportRunner> m_runner;

    QStackedWidget *m_pages;
    QLabel *m_error;
    QLineEdit *m_path = nullptr;
    QCheckBox *m_hasHeader = nullptr;
    ImportMappingForm *m_mapping = nullptr;
    ImportPreviewModel *m_preview = nullptr;
    QTableView *m_previewView = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QCheckBox *m_ackCheck = nullptr;
    QLabel *m_statement = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QLabel *m_applyState = nullptr;
    QListWidget *m_groups = nullptr;
};
