#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Pd {

class Session;
class Workspace;

// Step 1: name, resource type ("SageMaker Pipelines") and the pipelines to share.
class ShareDetailsPage : public QWizardPage
{
    Q_OBJECT

public:
    ShareDetailsPage(Workspace &workspace, Session &session, QWidget *parent = nullptr);
    bool isComplete() const override;
    QStringList selectedPipelines() const;
    void setSelectedPipelines(const QStringList &arns);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_typeLabel = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QLabel *m_pipelinesLabel = nullptr;
    QListWidget *m_pipelineList = nullptr;
};

} // namespace Pd
