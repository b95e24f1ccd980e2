#pragma once

#include "cloud/profileservice.h"

#include <QDialog>
#include <QProcessEnvironment>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Pd {

class MessageLabel;

// Import from the AWS CLI's files: reads them, shows the plan (each profile added, replaced or
// skipped with the reason, and every warning with its file and line), and applies it on Import.
// Nothing is written before Import; after it, each profile's outcome is shown in the same list.
class ProfileImportDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileImportDialog(ProfileService &profiles, const AwsConfigPaths &paths, const QProcessEnvironment &environment,
                        QWidget *parent = nullptr);

    const ProfileImportPlan &plan() const { return m_plan; }
    QTreeWidget *planView() const { return m_view; }
    QTreeWidget *warningsView() const { return m_warnings; }
    bool isApplied() const { return m_applied; }
    // Applies the plan (the Import button).
    void apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void showPlan(const ProfileImportOutcome *outcome);

    ProfileService &m_profiles;
    AwsConfigPaths m_paths;
    QProcessEnvironment m_environment;
    ProfileImportPlan m_plan;
    bool m_applied = false;
    bool m_busy = false;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_view = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QTreeWidget *m_warnings = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_importButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Pd
