// The share wizard's last step: the summary, and the service's refusal if it refuses.
#include "views/sharing/sharereviewpage.h"

#include "views/common/busyaction.h"
#include "views/common/wizardwidgets.h"
#include "views/sharing/sharewizard.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Pd {

ShareReviewPage::ShareReviewPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("shareReviewPage"));
    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel = messageLabel(QStringLiteral("commitErrorLabel"));
    m_errorLabel->hide();
    m_busy = new BusyAction;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_busy);
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

} // namespace Pd
