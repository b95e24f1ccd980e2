// The share wizard's last step: the summary, and the service's refusal if it refuses.
#include "views/sharing/sharereviewpage.h"

#include "views/sharing/sharewizard.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Pd {

namespace {

// As on the principals page: the service's refusal.
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

} // namespace Pd
