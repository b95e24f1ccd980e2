#pragma once

#include "connected/cloudactions.h"

#include <QPointer>
#include <QWizard>

namespace Pd {

class DiscardGuard;

class CloudActions;
class CloudJob;
class Session;
class ShareDetailsPage;
class SharePermissionPage;
class SharePrincipalsPage;
class ShareReviewPage;
class Workspace;

// The RAM console's "Create resource share" wizard; with a share ARN it edits that share.
// Commits through SharingService in validateCurrentPage() on the review page, so a refusal keeps
// the wizard open with the reason shown. With CloudActions it commits through them: Finish waits
// for the job (a busy line with Cancel on the review page, the buttons off), closes when it
// succeeded, and shows the cloud's refusal without closing when it did not.
class ShareWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { DetailsPage, PermissionPage, PrincipalsPage, ReviewPage };

    ShareWizard(Workspace &workspace, Session &session, const QString &shareArn = QString(), QWidget *parent = nullptr);

    // The window's actions (not owned); null: SharingService directly.
    void setCloudActions(CloudActions *actions) { m_actions = actions; }
    // The commit in flight, if any.
    CloudJob *currentJob() const { return m_job; }

    bool isEditing() const { return m_editing; }
    // The share created or edited, after a successful Finish.
    QString shareArn() const { return m_shareArn; }

    // For the review page.
    QString summaryHtml() const;

protected:
    bool validateCurrentPage() override;
    void done(int result) override;
    void changeEvent(QEvent *event) override;

private:
    DiscardGuard *m_discard = nullptr; // asks before Cancel throws entries away
    void retranslateUi();
    bool commit();
    void commitThroughCloud();
    void setBusy(bool busy);

    Workspace &m_workspace;
    Session &m_session;
    QString m_shareArn;
    bool m_editing = false;
    QPointer<CloudActions> m_actions;
    QPointer<CloudJob> m_job;
    bool m_committed = false; // the cloud said yes: Finish closes without another commit
    bool m_closing = false;   // Cancel while the cloud was asked: close once the job ended
    QString m_clientToken;    // one per wizard: a double Finish creates one share
    ShareDetailsPage *m_details = nullptr;
    SharePermissionPage *m_permission = nullptr;
    SharePrincipalsPage *m_principals = nullptr;
    ShareReviewPage *m_review = nullptr;
};

} // namespace Pd
