#include "views/sharing/sharewizard.h"

#include "accounts/accountservice.h"
#include "core/session.h"
#include "pipelines/pipelineservice.h"
#include "sharing/sharingservice.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStringListModel>
#include <QUuid>
#include <QVBoxLayout>

namespace Pd {

namespace {

QLabel *errorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

} // namespace

// --- 1 share details -------------------------------------------------------------------------

ShareDetailsPage::ShareDetailsPage(Workspace &workspace, Session &session, QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("shareDetailsPage"));
    m_nameLabel = new QLabel;
    m_nameEdit = new QLineEdit;
    m_nameEdit->setObjectName(QStringLiteral("shareNameEdit"));
    m_nameEdit->setMaxLength(255);
    m_nameLabel->setBuddy(m_nameEdit);
    m_typeLabel = new QLabel;
    m_typeCombo = new QComboBox;
    m_typeCombo->setObjectName(QStringLiteral("resourceTypeCombo"));
    m_typeCombo->addItem(QString(), QStringLiteral("sagemaker:Pipeline"));
    m_typeLabel->setBuddy(m_typeCombo);
    m_pipelinesLabel = new QLabel;
    m_pipelineList = new QListWidget;
    m_pipelineList->setObjectName(QStringLiteral("pipelineList"));
    m_pipelinesLabel->setBuddy(m_pipelineList);
    // Only the identity's own pipelines: a share can only give away what its owner has.
    if (auto pipelines = workspace.pipelines().pipelines(session.identity())) {
        for (const Pipeline &p : pipelines.value()) {
            auto *item = new QListWidgetItem(p.name, m_pipelineList);
            item->setData(Qt::UserRole, p.arn);
            item->setToolTip(p.arn);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    connect(m_pipelineList, &QListWidget::itemChanged, this, &QWizardPage::completeChanged);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_typeLabel, m_typeCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pipelinesLabel);
    layout->addWidget(m_pipelineList, 1);
    registerField(QStringLiteral("name*"), m_nameEdit);
    retranslateUi();
}

bool ShareDetailsPage::isComplete() const
{
    return QWizardPage::isComplete() && !m_nameEdit->text().trimmed().isEmpty() && !selectedPipelines().isEmpty();
}

QStringList ShareDetailsPage::selectedPipelines() const
{
    QStringList arns;
    for (int i = 0; i < m_pipelineList->count(); ++i) {
        if (m_pipelineList->item(i)->checkState() == Qt::Checked)
            arns.append(m_pipelineList->item(i)->data(Qt::UserRole).toString());
    }
    return arns;
}

void ShareDetailsPage::setSelectedPipelines(const QStringList &arns)
{
    for (int i = 0; i < m_pipelineList->count(); ++i) {
        QListWidgetItem *item = m_pipelineList->item(i);
        item->setCheckState(arns.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void ShareDetailsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ShareDetailsPage::retranslateUi()
{
    setTitle(tr("Specify resource share details"));
    setSubTitle(tr("Name the share and choose the pipelines of this account to share."));
    m_nameLabel->setText(tr("&Name *"));
    m_nameEdit->setPlaceholderText(tr("for example: abalone-models-for-dev"));
    m_typeLabel->setText(tr("Resource &type"));
    m_typeCombo->setItemText(0, tr("SageMaker Pipelines"));
    m_pipelinesLabel->setText(tr("&Pipelines to share *"));
}

// --- 2 permission ----------------------------------------------------------------------------

SharePermissionPage::SharePermissionPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("sharePermissionPage"));
    m_readOnlyRadio = new QRadioButton;
    m_readOnlyRadio->setObjectName(QStringLiteral("readOnlyRadio"));
    m_readOnlyRadio->setChecked(true);
    m_executionRadio = new QRadioButton;
    m_executionRadio->setObjectName(QStringLiteral("allowExecutionRadio"));
    m_actionsLabel = new QLabel;
    m_actionList = new QListWidget;
    m_actionList->setObjectName(QStringLiteral("actionList"));
    m_actionList->setSelectionMode(QAbstractItemView::NoSelection);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyRadio);
    layout->addWidget(m_executionRadio);
    layout->addSpacing(8);
    layout->addWidget(m_actionsLabel);
    layout->addWidget(m_actionList, 1);
    connect(m_readOnlyRadio, &QRadioButton::toggled, this, &SharePermissionPage::showActions);
    registerField(QStringLiteral("allowExecution"), m_executionRadio);
    retranslateUi();
}

SharePermission SharePermissionPage::permission() const
{
    return m_executionRadio->isChecked() ? SharePermission::AllowExecution : SharePermission::ReadOnly;
}

void SharePermissionPage::setPermission(SharePermission permission)
{
    (permission == SharePermission::AllowExecution ? m_executionRadio : m_readOnlyRadio)->setChecked(true);
}

void SharePermissionPage::showActions()
{
    m_actionsLabel->setText(tr("Actions granted by %1 (on the pipeline and all its executions):")
                                .arg(permissionName(permission())));
    m_actionList->clear();
    for (PipelineAction action : permissionActions(permission()))
        m_actionList->addItem(actionName(action));
}

void SharePermissionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void SharePermissionPage::retranslateUi()
{
    setTitle(tr("Associate a managed permission"));
    setSubTitle(tr("A share carries exactly one permission. It decides what the principals may do."));
    m_readOnlyRadio->setText(tr("%1 — read-only").arg(permissionName(SharePermission::ReadOnly)));
    m_executionRadio->setText(
        tr("%1 — read and start, stop, retry executions").arg(permissionName(SharePermission::AllowExecution)));
    showActions();
}

// --- 3 principals ----------------------------------------------------------------------------

SharePrincipalsPage::SharePrincipalsPage(Workspace &workspace, Session &session, QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_session(session)
{
    setObjectName(QStringLiteral("sharePrincipalsPage"));
    m_organizationOnlyRadio = new QRadioButton;
    m_organizationOnlyRadio->setObjectName(QStringLiteral("organizationOnlyRadio"));
    m_anyoneRadio = new QRadioButton;
    m_anyoneRadio->setObjectName(QStringLiteral("anyoneRadio"));
    m_organizationOnlyRadio->setChecked(true);
    m_typeLabel = new QLabel;
    m_typeCombo = new QComboBox;
    m_typeCombo->setObjectName(QStringLiteral("principalTypeCombo"));
    for (PrincipalKind kind : {PrincipalKind::Account, PrincipalKind::Organization, PrincipalKind::OrganizationalUnit})
        m_typeCombo->addItem(QString(), int(kind));
    m_typeLabel->setBuddy(m_typeCombo);
    m_idLabel = new QLabel;
    m_idEdit = new QLineEdit;
    m_idEdit->setObjectName(QStringLiteral("principalIdEdit"));
    m_idLabel->setBuddy(m_idEdit);
    m_suggestions = new QStringListModel(this);
    auto *completer = new QCompleter(m_suggestions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_idEdit->setCompleter(completer);
    m_addButton = new QPushButton;
    m_addButton->setObjectName(QStringLiteral("addPrincipalButton"));
    m_hintLabel = new QLabel;
    m_hintLabel->setObjectName(QStringLiteral("principalHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_errorLabel = errorLabel(QStringLiteral("principalErrorLabel"));
    m_listLabel = new QLabel;
    m_principalList = new QListWidget;
    m_principalList->setObjectName(QStringLiteral("principalList"));
    m_removeButton = new QPushButton;
    m_removeButton->setObjectName(QStringLiteral("removePrincipalButton"));
    m_removeButton->setEnabled(false);

    auto *sharingBox = new QGroupBox;
    sharingBox->setObjectName(QStringLiteral("sharingScopeGroupBox"));
    auto *sharingLayout = new QVBoxLayout(sharingBox);
    sharingLayout->addWidget(m_organizationOnlyRadio);
    sharingLayout->addWidget(m_anyoneRadio);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idEdit, 1);
    idRow->addWidget(m_addButton);
    auto *form = new QFormLayout;
    form->addRow(m_typeLabel, m_typeCombo);
    form->addRow(m_idLabel, idRow);
    form->addRow(QString(), m_hintLabel);
    form->addRow(QString(), m_errorLabel);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_principalList, 1);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    listRow->addLayout(listButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sharingBox);
    layout->addLayout(form);
    layout->addWidget(m_listLabel);
    layout->addLayout(listRow, 1);

    connect(m_addButton, &QPushButton::clicked, this, &SharePrincipalsPage::addPrincipal);
    connect(m_idEdit, &QLineEdit::returnPressed, this, &SharePrincipalsPage::addPrincipal);
    connect(m_idEdit, &QLineEdit::textChanged, m_errorLabel, &QLabel::hide);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &SharePrincipalsPage::updateHint);
    connect(m_principalList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeButton->setEnabled(row >= 0); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        delete m_principalList->takeItem(m_principalList->currentRow());
        emit completeChanged();
    });
    retranslateUi();
}

bool SharePrincipalsPage::isComplete() const
{
    return m_principalList->count() > 0;
}

QStringList SharePrincipalsPage::principals() const
{
    QStringList result;
    for (int i = 0; i < m_principalList->count(); ++i)
        result.append(m_principalList->item(i)->text());
    return result;
}

void SharePrincipalsPage::setPrincipals(const QStringList &principals)
{
    m_principalList->clear();
    m_principalList->addItems(principals);
    emit completeChanged();
}

bool SharePrincipalsPage::allowExternalPrincipals() const
{
    return m_anyoneRadio->isChecked();
}

void SharePrincipalsPage::setAllowExternalPrincipals(bool allow)
{
    (allow ? m_anyoneRadio : m_organizationOnlyRadio)->setChecked(true);
}

bool SharePrincipalsPage::addPrincipal()
{
    const QString text = m_idEdit->text().trimmed();
    const auto wanted = PrincipalKind(m_typeCombo->currentData().toInt());
    PrincipalKind kind;
    QString problem;
    if (text.isEmpty())
        problem = tr("Enter a principal id first.");
    else if (!principalKindOf(text, &kind) || kind != wanted)
        problem = wanted == PrincipalKind::Account
                      ? tr("“%1” is not an AWS account id: it must be exactly 12 digits.").arg(text)
                  : wanted == PrincipalKind::Organization
                      ? tr("“%1” is not an organization ARN (arn:aws:organizations::ACCOUNT:organization/o-ID).")
                            .arg(text)
                      : tr("“%1” is not an OU ARN (arn:aws:organizations::ACCOUNT:ou/o-ID/ou-ID).").arg(text);
    else if (text == m_session.identity())
        problem = tr("An account can not share with itself.");
    if (!problem.isEmpty()) {
        m_errorLabel->setText(problem);
        m_errorLabel->show();
        return false;
    }
    if (!principals().contains(text))
        m_principalList->addItem(text);
    m_idEdit->clear();
    emit completeChanged();
    return true;
}

void SharePrincipalsPage::updateHint()
{
    const auto kind = PrincipalKind(m_typeCombo->currentData().toInt());
    QStringList suggestions;
    auto accounts = m_workspace.accounts().accounts();
    auto organizations = m_workspace.accounts().organizations();
    auto units = m_workspace.accounts().organizationalUnits();
    switch (kind) {
    case PrincipalKind::Account:
        m_hintLabel->setText(tr("A 12-digit AWS account id, for example 111111111111."));
        if (accounts) {
            for (const Account &a : accounts.value()) {
                if (a.id != m_session.identity())
                    suggestions.append(a.id);
            }
        }
        break;
    case PrincipalKind::Organization:
        m_hintLabel->setText(tr("Your organization's ARN: every account in it gets access."));
        if (organizations) {
            for (const Organization &o : organizations.value())
                suggestions.append(o.arn);
        }
        break;
    case PrincipalKind::OrganizationalUnit:
        m_hintLabel->setText(tr("An OU ARN: the accounts in the OU and in all OUs below it get access."));
        if (units) {
            for (const OrganizationalUnit &u : units.value())
                suggestions.append(u.arn);
        }
        break;
    }
    m_suggestions->setStringList(suggestions);
    m_errorLabel->hide();
}

void SharePrincipalsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void SharePrincipalsPage::retranslateUi()
{
    setTitle(tr("Grant access to principals"));
    setSubTitle(tr("Principals outside your organization, or any account while organization sharing is off, "
                   "get an invitation that they accept within 7 days."));
    m_organizationOnlyRadio->setText(tr("Allow sharing only within your &organization"));
    m_anyoneRadio->setText(tr("Allow sharing with &anyone"));
    m_typeLabel->setText(tr("Principal &type"));
    m_typeCombo->setItemText(0, tr("AWS account"));
    m_typeCombo->setItemText(1, tr("Organization"));
    m_typeCombo->setItemText(2, tr("Organizational unit (OU)"));
    m_idLabel->setText(tr("Principal &id"));
    m_addButton->setText(tr("A&dd"));
    m_listLabel->setText(tr("Selected principals *"));
    m_removeButton->setText(tr("&Remove"));
    updateHint();
}

// --- 4 review --------------------------------------------------------------------------------

ShareReviewPage::ShareReviewPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("shareReviewPage"));
    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel = errorLabel(QStringLiteral("commitErrorLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
}

void ShareReviewPage::initializePage()
{
    auto *shareWizard = qobject_cast<ShareWizard *>(wizard());
    const bool editing = shareWizard && shareWizard->isEditing();
    setTitle(editing ? tr("Review and save") : tr("Review and create"));
    setSubTitle(editing ? tr("Check the changes. Principals you remove lose access at once.")
                        : tr("Check the share. Nothing is shared until you create it."));
    m_errorLabel->hide();
    if (shareWizard)
        m_summaryLabel->setText(shareWizard->summaryHtml());
}

void ShareReviewPage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void ShareReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && wizard() && wizard()->currentPage() == this)
        initializePage();
    QWizardPage::changeEvent(event);
}

// --- the wizard ------------------------------------------------------------------------------

ShareWizard::ShareWizard(Workspace &workspace, Session &session, const QString &shareArn, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_shareArn(shareArn)
    , m_clientToken(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
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
    auto escape = [](const QString &text) { return text.toHtmlEscaped(); };
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
    if (currentId() == ReviewPage && !commit())
        return false;
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
