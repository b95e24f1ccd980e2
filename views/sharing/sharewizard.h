#pragma once

#include "sharing/share.h"

#include <QWizard>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStringListModel;

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

// Step 2: one of the two managed permissions, with the actions it grants.
class SharePermissionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SharePermissionPage(QWidget *parent = nullptr);
    SharePermission permission() const;
    void setPermission(SharePermission permission);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showActions();

    QRadioButton *m_readOnlyRadio = nullptr;
    QRadioButton *m_executionRadio = nullptr;
    QLabel *m_actionsLabel = nullptr;
    QListWidget *m_actionList = nullptr;
};

// Step 3: within the organization only or anyone; principals by type and id, checked as typed.
class SharePrincipalsPage : public QWizardPage
{
    Q_OBJECT

public:
    SharePrincipalsPage(Workspace &workspace, Session &session, QWidget *parent = nullptr);
    bool isComplete() const override;
    QStringList principals() const;
    void setPrincipals(const QStringList &principals);
    bool allowExternalPrincipals() const;
    void setAllowExternalPrincipals(bool allow);
    // Adds what the id field holds; false (and the reason shown) when it is not a valid principal
    // of the chosen type.
    bool addPrincipal();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHint();

    Workspace &m_workspace;
    Session &m_session;
    QRadioButton *m_organizationOnlyRadio = nullptr;
    QRadioButton *m_anyoneRadio = nullptr;
    QLabel *m_typeLabel = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QStringListModel *m_suggestions = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_listLabel = nullptr;
    QListWidget *m_principalList = nullptr;
    QPushButton *m_removeButton = nullptr;
};

// Step 4: what will be created, and the service's answer when it refuses.
class ShareReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ShareReviewPage(QWidget *parent = nullptr);
    void initializePage() override;
    void showError(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
};

// The RAM console's "Create resource share" wizard; with a share ARN it edits that share.
// Commits through SharingService in validateCurrentPage() on the review page, so a refusal keeps
// the wizard open with the reason shown.
class ShareWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { DetailsPage, PermissionPage, PrincipalsPage, ReviewPage };

    ShareWizard(Workspace &workspace, Session &session, const QString &shareArn = QString(),
                QWidget *parent = nullptr);

    bool isEditing() const { return !m_shareArn.isEmpty(); }
    // The share created or edited, after a successful Finish.
    QString shareArn() const { return m_shareArn; }

    // For the review page.
    QString summaryHtml() const;

protected:
    bool validateCurrentPage() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool commit();

    Workspace &m_workspace;
    Session &m_session;
    QString m_shareArn;
    QString m_clientToken; // one per wizard: a double Finish creates one share
    ShareDetailsPage *m_details = nullptr;
    SharePermissionPage *m_permission = nullptr;
    SharePrincipalsPage *m_principals = nullptr;
    ShareReviewPage *m_review = nullptr;
};

} // namespace Pd
