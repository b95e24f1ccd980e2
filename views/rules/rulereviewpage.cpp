#include "views/rules/rulereviewpage.h"

#include "core/timeformat.h"
#include "scheduleexpressions/scheduledescription.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "views/common/wizardwidgets.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Pd {

namespace {

QString accountOf(const QString &arn)
{
    return arn.section(QLatin1Char(':'), 4, 4);
}

} // namespace

RuleReviewPage::RuleReviewPage(QWidget *parent)
    : RuleWizardPage(parent)
    , m_error(messageLabel(QStringLiteral("reviewErrorLabel")))
{
    setObjectName(QStringLiteral("ruleReviewPage"));
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    const QStringList names{QStringLiteral("Details"), QStringLiteral("Pattern"), QStringLiteral("Targets"),
                            QStringLiteral("Tags")};
    for (int i = 0; i < names.size(); ++i) {
        Section section{headingLabel(), new QPushButton, new QLabel};
        section.title->setObjectName(QStringLiteral("review%1TitleLabel").arg(names.at(i)));
        section.edit->setObjectName(QStringLiteral("edit%1Button").arg(names.at(i)));
        section.body->setObjectName(QStringLiteral("review%1Label").arg(names.at(i)));
        section.body->setWordWrap(true);
        section.body->setTextFormat(Qt::PlainText);
        section.body->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (i == 1)
            section.body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        connect(section.edit, &QPushButton::clicked, this, [this, i] {
            RuleWizard *wizard = ruleWizard();
            switch (i) {
            case 0: wizard->goToPage(RuleWizard::DetailsPageId); break;
            case 1:
                wizard->goToPage(wizard->rule().isScheduled() ? RuleWizard::SchedulePageId : RuleWizard::PatternPageId);
                break;
            case 2: wizard->goToPage(RuleWizard::TargetsPageId); break;
            default: wizard->goToPage(RuleWizard::TagsPageId); break;
            }
        });
        auto *frame = new QGroupBox;
        auto *frameLayout = new QVBoxLayout(frame);
        auto *header = new QHBoxLayout;
        header->addWidget(section.title, 1);
        header->addWidget(section.edit);
        frameLayout->addLayout(header);
        frameLayout->addWidget(section.body);
        contentLayout->addWidget(frame);
        m_sections.append(section);
    }
    contentLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    retranslateUi();
}

void RuleReviewPage::initializePage()
{
    m_error->clear();
    showRule();
}

void RuleReviewPage::showRule()
{
    RuleWizard *wizard = ruleWizard();
    if (!wizard)
        return;
    const Rule r = wizard->rule();
    const QString none = tr("—");

    QStringList details;
    details << tr("Name: %1").arg(r.name) << tr("Description: %1").arg(r.description.isEmpty() ? none : r.description)
            << tr("Event bus: %1").arg(r.eventBus)
            << tr("Rule type: %1").arg(r.isScheduled() ? tr("Schedule") : tr("Rule with an event pattern"))
            << tr("State: %1").arg(r.enabled ? tr("Enabled") : tr("Disabled"));
    m_sections[0].body->setText(details.join(QLatin1Char('\n')));

    m_sections[1].title->setText(r.isScheduled() ? tr("Step 2: Define schedule") : tr("Step 2: Build event pattern"));
    if (r.isScheduled()) {
        QStringList lines{tr("Schedule expression: %1 (UTC)").arg(r.scheduleExpression)};
        if (auto expression = Schedule::ScheduleExpression::parse(r.scheduleExpression, QStringLiteral("UTC"))) {
            lines << tr("Runs %1").arg(Schedule::describe(*expression));
            const QList<QDateTime> next = expression->preview(wizard->workspace().clock().now(), 3);
            for (const QDateTime &fire : next)
                lines << tr("Next: %1").arg(displayDateTime(fire, QTimeZone::utc(), QLocale()));
        }
        m_sections[1].body->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_sections[1].body->setText(prettyJson(r.eventPattern));
    }

    QStringList targets;
    for (const RuleTarget &t : r.targets) {
        const QString account = accountOf(t.pipelineArn);
        targets << tr("%1: SageMaker pipeline %2 (account %3)").arg(t.id, lastSegment(t.pipelineArn), account)
                << tr("    Role: %1").arg(t.roleArn);
        if (t.parameters.isEmpty())
            targets << tr("    Parameters: the pipeline's defaults");
        for (const RuleParameter &p : t.parameters)
            targets << (p.dynamic ? tr("    %1 ← %2 (JSONPath into the event)").arg(p.name, p.value)
                                  : tr("    %1 = %2").arg(p.name, p.value));
    }
    m_sections[2].body->setText(targets.isEmpty() ? tr("No targets") : targets.join(QLatin1Char('\n')));

    QStringList tags;
    for (auto it = r.tags.cbegin(); it != r.tags.cend(); ++it)
        tags << tr("%1 = %2").arg(it.key(), it.value());
    m_sections[3].body->setText(tags.isEmpty() ? tr("No tags") : tags.join(QLatin1Char('\n')));
}

void RuleReviewPage::showError(const QString &message)
{
    m_error->setText(message);
}

void RuleReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RuleWizardPage::changeEvent(event);
}

void RuleReviewPage::retranslateUi()
{
    setTitle(tr("Step 5: Review and create"));
    setSubTitle(tr("Check every choice; Edit goes back to its step and keeps what you entered."));
    m_sections[0].title->setText(tr("Step 1: Define rule detail"));
    m_sections[1].title->setText(tr("Step 2: Build event pattern"));
    m_sections[2].title->setText(tr("Step 3: Select targets"));
    m_sections[3].title->setText(tr("Step 4: Configure tags"));
    for (const Section &section : m_sections)
        section.edit->setText(tr("Edit"));
    if (wizard() && wizard()->currentPage() == this)
        showRule();
}

} // namespace Pd
