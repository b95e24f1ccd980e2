#pragma once

#include <QWizard>

namespace Pd {

class Session;
class ShareDetailsPage;
class SharePermissionPage;
class SharePrincipalsPage;
class ShareReviewPage;
class Workspace;

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
