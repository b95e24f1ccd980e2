#include "views/sharing/sharewizard.h"

#include "connected/cloudactions.h"
#include "core/session.h"
#include "sharing/sharingservice.h"
#include "views/common/busyaction.h"
#include "views/common/wizardwidgets.h"
#include "views/sharing/sharedetailspage.h"
#include "views/sharing/sharepermissionpage.h"
#include "views/sharing/shareprincipalspage.h"
#include "views/sharing/sharereviewpage.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QEvent>
#include <QUuid>

namespace Pd {

ShareWizard::ShareWizard(Workspace &workspace, Session &session, const QString &shareArn, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_shareArn(shareArn)
    , m_editing(!shareArn.isEmpty())
    , m_clientToken(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_discard = new DiscardGuard(this);
    setObjectName(QStringLiteral("shareWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_details = new ShareDetailsPage(workspace, session);
    m_permission = new SharePermissionPage;
    m_principals = new SharePrincipalsPage(workspace, session);
    m_review = new ShareReviewPage;
    setPage(DetailsPage, m_details);
    setPage(PermissionPage, m_permission);
    setPage(PrincipalsPage, m_principals);
    setPage(ReviewPage, m_review);
    setStartId(DetailsPage);

    if (isEditing()) {
        auto share = workspace.sharing().share(session.identity(), shareArn);
        if (share) {
            const ResourceShare &original = share.value();
            setField(QStringLiteral("name"), original.name);
            m_details->setSelectedPipelines(original.resourceArns);
            m_permission->setPermission(original.permission);
            QStringList principals;
            for (const SharePrincipal &p : original.principals)
                principals.append(p.principal);
            m_principals->setPrincipals(principals);
            m_principals->setAllowExternalPrincipals(original.allowExternalPrincipals);
        }
    }
    resize(760, 560);
    retranslateUi();
}

QString ShareWizard::summaryHtml() const
{
    auto escape = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    QStringList pipelines;
    for (const QString &arn : m_details->selectedPipelines())
        pipelines.append(escape(arn));
    QStringList principals;
    for (const QString &p : m_principals->principals())
        principals.append(escape(p));
    return tr("<p><b>Name:</b> %1</p><p><b>Resource type:</b> SageMaker Pipelines</p>"
              "<p><b>Pipelines:</b><br>%2</p><p><b>Permission:</b> %3</p>"
              "<p><b>Sharing:</b> %4</p><p><b>Principals:</b><br>%5</p>")
        .arg(escape(field(QStringLiteral("name")).toString().trimmed()), pipelines.join(QStringLiteral("<br>")),
             escape(permissionName(m_permission->permission())),
             m_principals->allowExternalPrincipals() ? tr("with anyone") : tr("only within your organization"),
             principals.join(QStringLiteral("<br>")));
}

bool ShareWizard::validateCurrentPage()
{
    if (currentId() == ReviewPage && !m_committed) {
        if (m_job)
            return false; // still waiting for the cloud
        if (m_actions) {
            commitThroughCloud();
            return false; // closes when the cloud said yes
        }
        if (!commit())
            return false;
    }
    return QWizard::validateCurrentPage();
}

bool ShareWizard::commit()
{
    SharingService &sharing = m_workspace.sharing();
    const QString identity = m_session.identity();
    const QString name = field(QStringLiteral("name")).toString().trimmed();
    const QStringList pipelines = m_details->selectedPipelines();
    const QStringList principals = m_principals->principals();
    const QString permission = permissionName(m_permission->permission());
    if (!isEditing()) {
        SharingService::CreateRequest request;
        request.name = name;
        request.resourceArns = pipelines;
        request.principals = principals;
        request.permission = permission;
        request.allowExternalPrincipals = m_principals->allowExternalPrincipals();
        request.clientToken = m_clientToken;
        auto share = sharing.create(identity, request);
        if (!share) {
            m_review->showError(share.error().message);
            return false;
        }
        m_shareArn = share->arn;
        return true;
    }
    // The service applies the whole edit or, on a refusal, nothing: the share stays as it was and
    // another try starts from the same state.
    SharingService::EditRequest desired;
    desired.name = name;
    desired.permission = permission;
    desired.allowExternalPrincipals = m_principals->allowExternalPrincipals();
    desired.resourceArns = pipelines;
    desired.principals = principals;
    auto edited = sharing.edit(identity, m_shareArn, desired);
    if (!edited) {
        m_review->showError(edited.error().message);
        return false;
    }
    return true;
}

void ShareWizard::done(int result)
{
    // Cancel while the cloud is asked: stop asking; the wizard closes when the job says so.
    if (result == QDialog::Rejected && m_job) {
        m_closing = true;
        m_review->busyAction()->cancel();
        return;
    }
    if (result == QDialog::Rejected && !m_closing && !m_discard->allowsClose())
        return;
    QWizard::done(result);
}

void ShareWizard::setBusy(bool busy)
{
    for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::FinishButton}) {
        if (QAbstractButton *b2 = button(b))
            b2->setEnabled(!busy);
    }
    if (busy)
        m_review->showError(QString());
}

void ShareWizard::commitThroughCloud()
{
    const QString identity = m_session.identity();
    const QString name = field(QStringLiteral("name")).toString().trimmed();
    CloudJob *job = nullptr;
    if (!isEditing()) {
        SharingService::CreateRequest request;
        request.name = name;
        request.resourceArns = m_details->selectedPipelines();
        request.principals = m_principals->principals();
        request.permission = permissionName(m_permission->permission());
        request.allowExternalPrincipals = m_principals->allowExternalPrincipals();
        request.clientToken = m_clientToken;
        job = m_actions->createShare(identity, request);
    } else {
        SharingService::EditRequest desired;
        desired.name = name;
        desired.permission = permissionName(m_permission->permission());
        desired.allowExternalPrincipals = m_principals->allowExternalPrincipals();
        desired.resourceArns = m_details->selectedPipelines();
        desired.principals = m_principals->principals();
        job = m_actions->editShare(identity, m_shareArn, desired);
    }
    m_job = job;
    BusyAction *busy = m_review->busyAction();
    busy->track(job, isEditing() ? tr("Saving the resource share “%1”…").arg(name)
                                 : tr("Creating the resource share “%1”…").arg(name));
    setBusy(true);
    connect(job, &CloudJob::finished, this, [this, job, busy] {
        m_job = nullptr;
        setBusy(false);
        const Status status = job->status();
        if (status) {
            if (!isEditing())
                m_shareArn = job->value();
            m_committed = true;
            accept();
            return;
        }
        if (m_closing)
            return QWizard::done(QDialog::Rejected);
        m_review->showError(busy->outcome(status, QString()));
    });
}

void ShareWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ShareWizard::retranslateUi()
{
    setWindowTitle(isEditing() ? tr("Edit resource share") : tr("Create resource share"));
    setButtonText(QWizard::FinishButton, isEditing() ? tr("Save changes") : tr("Create resource share"));
}

} // namespace Pd
