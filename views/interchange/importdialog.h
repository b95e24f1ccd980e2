#pragma once

#include "rules/ruleinterchange.h"
#include "schedules/scheduleinterchange.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Pd {

class Session;
class Workspace;

// "Import": reads rules (AWS CLI input, CloudFormation; a bare put-rule input may come with its
// put-targets input in a second document) or one schedule (Azure ML YAML, EventBridge Scheduler
// JSON) from a file or pasted text, in the format detected or chosen, and
// shows before anything is written what will be created or replaced and every warning; a
// malformed document shows the document path (or YAML line and column) and the reason, and
// Import stays disabled. Import goes through RuleService::importRules (all or nothing) or
// ScheduleService::createOrReplace and says what it made; the dialog stays open to show it.
// For a schedule whose document names a pipeline that is not visible here (or none), the user
// picks the pipeline to start.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Rules, Schedule };

    ImportDialog(Workspace &workspace, Session &session, Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    // The document, as if pasted.
    void setDocument(const QString &text);
    // Reads a file into the document (what "Open file…" does after asking for a path).
    bool openFile(const QString &path);
    // Rules: the put-targets input that goes with a bare put-rule document, kept apart as
    // `aws events put-targets --cli-input-json` takes it (the CLI's --targets-file). Optional.
    void setTargetsDocument(const QString &text);
    bool openTargetsFile(const QString &path);
    // A format id (the CLI's --format value), or empty to detect it.
    void setFormat(const QString &formatId);
    // Schedules: the pipeline (ARN) to start instead of the one the document names.
    void setTargetPipeline(const QString &pipelineArn);
    bool canImport() const;
    // What Import does; false when nothing was written (the dialog says why).
    bool import();
    // The ARNs the last successful Import wrote.
    const QStringList &importedArns() const { return m_importedArns; }

signals:
    void imported(const QStringList &arns);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void openFileAsked();
    bool readInto(const QString &path, QLabel *fileLabel, QPlainTextEdit *editor);
    QString askForDocument();
    void reparse();
    void previewRules();
    void previewSchedule();
    void addPreviewRow(bool replaces, const QString &name, const QString &where, const QString &kind);
    void showError(const QString &message);
    void updateButtons();

    Workspace &m_workspace;
    Session &m_session;
    Kind m_kind;
    std::optional<RuleImport> m_rules;
    std::optional<ScheduleImport> m_schedule;
    QString m_documentPipeline; // what the schedule document names (ARN, name, or empty)
    QString m_error;
    QStringList m_importedArns;
    bool m_done = false;
    bool m_targetChosen = false; // the user picked the target pipeline: the document's no longer counts

    QPushButton *m_openButton;
    QLabel *m_fileLabel;
    QLabel *m_documentLabel;
    QPlainTextEdit *m_document;
    QLabel *m_targetsLabel;
    QLabel *m_targetsFileLabel;
    QPushButton *m_openTargetsButton;
    QPlainTextEdit *m_targetsDocument;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QLabel *m_detected;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QLabel *m_targetNote;
    QLabel *m_previewLabel;
    QTableWidget *m_preview;
    QLabel *m_warningsLabel;
    QListWidget *m_warnings;
    QLabel *m_errorLabel;
    QLabel *m_result;
    QPushButton *m_importButton;
    QPushButton *m_closeButton;
};

} // namespace Pd
