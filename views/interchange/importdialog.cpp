#include "views/interchange/importdialog.h"

#include "core/session.h"
#include "interchange/documentlimits.h"
#include "pipelines/pipelineservice.h"
#include "rules/ruleservice.h"
#include "schedules/scheduleservice.h"
#include "views/interchange/interchangeformats.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Pd {

namespace {

enum Column { ActionColumn, NameColumn, WhereColumn, KindColumn, TargetColumn, ColumnCount };

QLabel *heading(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString pipelineName(const QString &arnOrName)
{
    return arnOrName.section(QLatin1Char('/'), -1);
}

} // namespace

ImportDialog::ImportDialog(Workspace &workspace, Session &session, Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_kind(kind)
    , m_openButton(new QPushButton)
    , m_fileLabel(new QLabel)
    , m_documentLabel(heading(QStringLiteral("documentLabel")))
    , m_document(new QPlainTextEdit)
    , m_targetsLabel(heading(QStringLiteral("targetsDocumentLabel")))
    , m_targetsFileLabel(new QLabel)
    , m_openTargetsButton(new QPushButton)
    , m_targetsDocument(new QPlainTextEdit)
    , m_formatLabel(new QLabel)
    , m_format(new QComboBox)
    , m_detected(new QLabel)
    , m_targetLabel(new QLabel)
    , m_target(new QComboBox)
    , m_targetNote(new QLabel)
    , m_previewLabel(heading(QStringLiteral("previewLabel")))
    , m_preview(new QTableWidget(0, ColumnCount))
    , m_warningsLabel(heading(QStringLiteral("warningsLabel")))
    , m_warnings(new QListWidget)
    , m_errorLabel(new QLabel)
    , m_result(new QLabel)
    , m_importButton(new QPushButton)
    , m_closeButton(new QPushButton)
{
    setObjectName(QStringLiteral("importDialog"));
    m_openButton->setObjectName(QStringLiteral("openFileButton"));
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setWordWrap(true);
    m_document->setObjectName(QStringLiteral("documentEdit"));
    m_document->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_document->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_document->setTabChangesFocus(true);
    m_documentLabel->setBuddy(m_document);
    m_targetsFileLabel->setObjectName(QStringLiteral("targetsFileLabel"));
    m_targetsFileLabel->setTextFormat(Qt::PlainText);
    m_targetsFileLabel->setWordWrap(true);
    m_openTargetsButton->setObjectName(QStringLiteral("openTargetsFileButton"));
    m_targetsDocument->setObjectName(QStringLiteral("targetsDocumentEdit"));
    m_targetsDocument->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_targetsDocument->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_targetsDocument->setTabChangesFocus(true);
    m_targetsLabel->setBuddy(m_targetsDocument);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_formatLabel->setBuddy(m_format);
    m_detected->setObjectName(QStringLiteral("detectedFormatLabel"));
    m_target->setObjectName(QStringLiteral("targetPipelineCombo"));
    m_targetLabel->setBuddy(m_target);
    m_targetNote->setObjectName(QStringLiteral("targetNoteLabel"));
    m_targetNote->setWordWrap(true);
    m_targetNote->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setWordWrap(false);
    m_warnings->setObjectName(QStringLiteral("warningsList"));
    m_warnings->setWordWrap(true);
    m_warnings->setSelectionMode(QAbstractItemView::NoSelection);
    m_warnings->setFocusPolicy(Qt::NoFocus);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    m_format->addItem(QString(), QString()); // "detect"
    if (m_kind == Kind::Rules) {
        for (RuleFormat f : {RuleFormat::AwsCli, RuleFormat::CloudFormation, RuleFormat::CloudFormationJson})
            m_format->addItem(InterchangeFormats::name(f), toCliString(f));
    } else {
        for (ScheduleFormat f : {ScheduleFormat::AzureMlYaml, ScheduleFormat::SchedulerJson})
            m_format->addItem(InterchangeFormats::name(f), toCliString(f));
        if (auto pipelines = workspace.pipelines().visiblePipelines(session.identity())) {
            for (const Pipeline &p : pipelines.value())
                m_target->addItem(tr("%1 (account %2)").arg(p.name, p.accountId), p.arn);
        }
        m_target->setCurrentIndex(-1);
    }

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    // Import must not close the dialog: it shows what was written, or why nothing was.
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::import);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, &ImportDialog::openFileAsked);
    const auto changed = [this] {
        m_done = false;
        m_result->clear();
        reparse();
    };
    connect(m_document, &QPlainTextEdit::textChanged, this, changed);
    connect(m_targetsDocument, &QPlainTextEdit::textChanged, this, changed);
    connect(m_openTargetsButton, &QPushButton::clicked, this, [this] {
        if (const QString path = askForDocument(); !path.isEmpty())
            openTargetsFile(path);
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    // Only the user's pick (activated), not reparse's own preselection, overrides the document.
    connect(m_target, &QComboBox::activated, this, [this, changed] {
        m_targetChosen = true;
        changed();
    });

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_documentLabel);
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_openButton);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_detected, 1);
    auto *form = new QFormLayout;
    form->addRow(m_formatLabel, formatRow);
    if (m_kind == Kind::Schedule) {
        form->addRow(m_targetLabel, m_target);
        form->addRow(QString(), m_targetNote);
    } else {
        m_targetLabel->hide();
        m_target->hide();
        m_targetNote->hide();
    }

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(fileRow);
    topLayout->addWidget(m_document, 3);
    if (m_kind == Kind::Rules) {
        auto *targetsRow = new QHBoxLayout;
        targetsRow->addWidget(m_targetsLabel);
        targetsRow->addWidget(m_targetsFileLabel, 1);
        targetsRow->addWidget(m_openTargetsButton);
        topLayout->addLayout(targetsRow);
        topLayout->addWidget(m_targetsDocument, 1);
    } else {
        // Owned and hidden: schedules have no second document.
        for (QWidget *w : std::initializer_list<QWidget *>{m_targetsLabel, m_targetsFileLabel, m_openTargetsButton,
                                                           m_targetsDocument}) {
            w->setParent(top);
            w->hide();
        }
    }
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(form);
    bottomLayout->addWidget(m_errorLabel);
    bottomLayout->addWidget(m_previewLabel);
    bottomLayout->addWidget(m_preview, 2);
    bottomLayout->addWidget(m_warningsLabel);
    bottomLayout->addWidget(m_warnings, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    // Only now: a button is the dialog's default once it is inside the dialog; set before, the
    // first auto-default button (Cancel) took Enter.
    m_importButton->setDefault(true);
    retranslateUi(); // parses the (empty) document too
    resize(860, 760);
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslateUi()
{
    const bool rules = m_kind == Kind::Rules;
    setWindowTitle(rules ? tr("Import rules") : tr("Import a schedule"));
    m_documentLabel->setText(tr("&Document:"));
    if (m_fileLabel->property("path").toString().isEmpty())
        m_fileLabel->setText(tr("Paste the document below or open a file."));
    m_openButton->setText(tr("&Open file…"));
    m_document->setPlaceholderText(
        rules ? tr("AWS CLI input JSON ({\"PutRule\": …, \"PutTargets\": …}) or a CloudFormation template or snippet "
                   "with AWS::Events::Rule resources, in YAML or JSON.")
              : tr("An Azure ML schedule (YAML) or EventBridge Scheduler create-schedule input (JSON)."));
    m_targetsLabel->setText(tr("Ta&rgets (optional):"));
    if (m_targetsFileLabel->property("path").toString().isEmpty())
        m_targetsFileLabel->setText(tr("With a bare put-rule input: its put-targets input, pasted or opened."));
    m_openTargetsButton->setText(tr("Open &targets file…"));
    m_targetsDocument->setPlaceholderText(
        tr("put-targets input JSON ({\"Rule\": …, \"Targets\": […]}), as aws events put-targets --cli-input-json "
           "takes it."));
    m_formatLabel->setText(tr("&Format:"));
    m_format->setItemText(0, tr("Detect automatically"));
    for (int i = 1; i < m_format->count(); ++i) {
        const QString id = m_format->itemData(i).toString();
        if (rules) {
            if (const auto f = ruleFormatFromCli(id))
                m_format->setItemText(i, InterchangeFormats::name(*f));
        } else if (const auto f = scheduleFormatFromCli(id)) {
            m_format->setItemText(i, InterchangeFormats::name(*f));
        }
    }
    m_targetLabel->setText(tr("&Target pipeline:"));
    m_target->setPlaceholderText(tr("Choose the pipeline to start"));
    m_previewLabel->setText(tr("What will be imported"));
    m_warningsLabel->setText(tr("Warnings"));
    m_preview->setHorizontalHeaderLabels({tr("Action"), tr("Name"), rules ? tr("Event bus") : tr("Group"),
                                          rules ? tr("Type") : tr("Expression"),
                                          rules ? tr("Targets") : tr("Target pipeline")});
    m_importButton->setText(tr("&Import"));
    m_closeButton->setText(m_done ? tr("Close") : tr("Cancel"));
    // Warnings and errors are translated when the document is read: read it again.
    reparse();
}

void ImportDialog::setDocument(const QString &text)
{
    m_document->setPlainText(text);
}

bool ImportDialog::openFile(const QString &path)
{
    return readInto(path, m_fileLabel, m_document);
}

void ImportDialog::setTargetsDocument(const QString &text)
{
    m_targetsDocument->setPlainText(text);
}

bool ImportDialog::openTargetsFile(const QString &path)
{
    return readInto(path, m_targetsFileLabel, m_targetsDocument);
}

bool ImportDialog::readInto(const QString &path, QLabel *fileLabel, QPlainTextEdit *editor)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        updateButtons();
        return false;
    }
    // At most the limit and a byte: a huge file (or a device) is refused without being read whole.
    const std::optional<QByteArray> text = DocumentLimits::readAtMost(file, DocumentLimits::importDocumentMaxBytes);
    if (!text || text->size() > DocumentLimits::importDocumentMaxBytes) {
        showError(text ? tr("“%1” is larger than %2 bytes, the local limit for documents.")
                             .arg(QDir::toNativeSeparators(path),
                                  QLocale(QLocale::English).toString(DocumentLimits::importDocumentMaxBytes))
                       : tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        updateButtons();
        return false;
    }
    fileLabel->setProperty("path", path);
    fileLabel->setText(QDir::toNativeSeparators(path));
    editor->setPlainText(QString::fromUtf8(*text));
    return true;
}

QString ImportDialog::askForDocument()
{
    const QString filter =
        tr("YAML and JSON documents (*.yaml *.yml *.json)") + QStringLiteral(";;") + tr("All files (*)");
    return QFileDialog::getOpenFileName(this, tr("Open a document to import"), QString(), filter);
}

void ImportDialog::openFileAsked()
{
    if (const QString path = askForDocument(); !path.isEmpty())
        openFile(path);
}

void ImportDialog::setFormat(const QString &formatId)
{
    const int index = m_format->findData(formatId);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

void ImportDialog::setTargetPipeline(const QString &pipelineArn)
{
    m_targetChosen = true;
    m_target->setCurrentIndex(m_target->findData(pipelineArn));
    m_done = false;
    m_result->clear();
    reparse();
}

void ImportDialog::reparse()
{
    m_rules.reset();
    m_schedule.reset();
    m_error.clear();
    m_errorLabel->clear();
    m_errorLabel->hide();
    m_detected->clear();
    m_preview->setRowCount(0);
    m_warnings->clear();
    m_targetNote->clear();
    m_targetNote->hide();

    const QByteArray text = m_document->toPlainText().toUtf8();
    if (!text.trimmed().isEmpty()) {
        const QString formatId = m_format->currentData().toString();
        if (m_kind == Kind::Rules) {
            const std::optional<RuleFormat> format = formatId.isEmpty() ? std::nullopt : ruleFormatFromCli(formatId);
            // A blank box is no put-targets input (importRules refuses a given but empty one).
            const QByteArray targets = m_targetsDocument->toPlainText().toUtf8();
            auto read =
                Pd::importRules(text, format, targets.trimmed().isEmpty() ? std::nullopt : std::optional(targets));
            if (!read) {
                showError(read.error().message);
            } else {
                m_rules = std::move(read).value();
                if (formatId.isEmpty())
                    m_detected->setText(tr("Detected: %1").arg(InterchangeFormats::name(m_rules->format)));
                previewRules();
            }
        } else {
            const std::optional<ScheduleFormat> format =
                formatId.isEmpty() ? std::nullopt : scheduleFormatFromCli(formatId);
            auto read = Pd::importSchedule(text, format);
            if (!read) {
                showError(read.error().message);
            } else {
                m_schedule = std::move(read).value();
                if (formatId.isEmpty())
                    m_detected->setText(tr("Detected: %1").arg(InterchangeFormats::name(m_schedule->format)));
                previewSchedule();
            }
        }
    }
    m_warningsLabel->setVisible(m_warnings->count() > 0);
    m_warnings->setVisible(m_warnings->count() > 0);
    updateButtons();
}

void ImportDialog::addPreviewRow(bool replaces, const QString &name, const QString &where, const QString &kind)
{
    const int row = m_preview->rowCount();
    m_preview->insertRow(row);
    m_preview->setItem(row, ActionColumn, new QTableWidgetItem(replaces ? tr("Replace") : tr("Create")));
    m_preview->setItem(row, NameColumn, new QTableWidgetItem(name));
    m_preview->setItem(row, WhereColumn, new QTableWidgetItem(where));
    m_preview->setItem(row, KindColumn, new QTableWidgetItem(kind));
}

void ImportDialog::previewRules()
{
    const QString identity = m_session.identity();
    RuleService &service = m_workspace.rules();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    for (const QString &w : m_rules->warnings)
        m_warnings->addItem(new QListWidgetItem(warning, w));
    // The service decides what Import will do; the preview shows it.
    const RuleImportPlan plan = service.planImport(identity, m_rules->rules);
    for (int r = 0; r < m_rules->rules.size(); ++r) {
        const Rule &rule = m_rules->rules.at(r);
        addPreviewRow(plan.replaces.at(r), rule.name, rule.eventBus,
                      rule.isScheduled() ? tr("Schedule %1").arg(rule.scheduleExpression) : tr("Event pattern"));
        QStringList targets;
        for (const RuleTarget &t : rule.targets)
            targets.append(pipelineName(t.pipelineArn));
        m_preview->setItem(m_preview->rowCount() - 1, TargetColumn,
                           new QTableWidgetItem(targets.isEmpty() ? tr("None") : targets.join(QStringLiteral(", "))));
    }
    // The service checks the targets again at Import; asking now shows a refusal before the user
    // presses it.
    if (plan.refusal) {
        // Say which target: the service's message names the pipeline, its field the path.
        const QString &name = m_rules->rules.at(plan.refusedRule).name;
        const Error &e = *plan.refusal;
        showError(tr("rule “%1”: %2").arg(name, e.withField()));
    }
    const QIcon info = style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this);
    for (const QString &bus : plan.newEventBuses)
        m_warnings->addItem(
            new QListWidgetItem(info, tr("The event bus “%1” does not exist; it will be created.").arg(bus)));
}

void ImportDialog::previewSchedule()
{
    const QString identity = m_session.identity();
    const PipelineSchedule &s = m_schedule->schedule;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    for (const QString &w : m_schedule->warnings)
        m_warnings->addItem(new QListWidgetItem(warning, w));

    // The document names a pipeline by ARN or by name, or (an Azure ML local job file) none.
    m_documentPipeline = s.targetPipelineArn;
    const ScheduleImportPlan plan =
        planScheduleImport(m_workspace.schedules(), m_workspace.pipelines(), identity, *m_schedule);
    if (!m_targetChosen)
        m_target->setCurrentIndex(plan.pipelineArn.isEmpty() ? -1 : m_target->findData(plan.pipelineArn));
    if (plan.pipelineArn.isEmpty()) {
        m_targetNote->setText(
            m_documentPipeline.isEmpty()
                ? tr("The document names no pipeline (a local job file): choose the pipeline to start.")
                : tr("The document's pipeline “%1” is not in this workspace: choose the pipeline to start.")
                      .arg(pipelineName(m_documentPipeline)));
        m_targetNote->show();
    }

    addPreviewRow(plan.replaces, s.name, plan.groupName,
                  s.timeZone.isEmpty() ? s.expression : tr("%1 in %2").arg(s.expression, s.timeZone));
    m_preview->setItem(0, TargetColumn,
                       new QTableWidgetItem(m_target->currentIndex() >= 0 ? m_target->currentText() : tr("—")));
}

void ImportDialog::showError(const QString &message)
{
    m_error = message;
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

bool ImportDialog::canImport() const
{
    if (m_done || !m_error.isEmpty())
        return false;
    if (m_kind == Kind::Rules)
        return m_rules && !m_rules->rules.isEmpty();
    return m_schedule && m_target->currentIndex() >= 0;
}

void ImportDialog::updateButtons()
{
    m_importButton->setEnabled(canImport());
    m_closeButton->setText(m_done ? tr("Close") : tr("Cancel"));
}

bool ImportDialog::import()
{
    if (!canImport())
        return false;
    const QString identity = m_session.identity();
    QStringList lines;
    if (m_kind == Kind::Rules) {
        auto outcome = m_workspace.rules().importRules(identity, m_rules->rules);
        if (!outcome) {
            showError(outcome.error().message);
            updateButtons();
            return false;
        }
        m_importedArns = outcome->ruleArns;
        lines.append(tr("Imported %n rule(s); nothing else changed:", nullptr, int(m_importedArns.size())));
        lines += m_importedArns;
        for (const QString &bus : outcome->createdEventBuses)
            lines.append(tr("The event bus “%1” was created.").arg(bus));
    } else {
        ScheduleInput input = m_schedule->input();
        input.targetPipeline = m_target->currentData().toString();
        auto written = m_workspace.schedules().createOrReplace(identity, input);
        if (!written) {
            showError(written.error().message);
            updateButtons();
            return false;
        }
        m_importedArns = {written->arn};
        lines.append(tr("Imported the schedule:"));
        lines.append(written->arn);
    }
    m_done = true;
    m_result->setText(lines.join(QLatin1Char('\n')));
    updateButtons();
    emit imported(m_importedArns);
    return true;
}

} // namespace Pd
