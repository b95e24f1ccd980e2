#include "views/pipelines/pipelinespage.h"

#include "core/session.h"
#include "interchange/documentlimits.h"
#include "itemmodels/collatingproxymodel.h"
#include "itemmodels/columntablemodel.h"
#include "pipelines/pipelinemodels.h"
#include "pipelines/pipelineservice.h"
#include "views/common/busyaction.h"
#include "views/common/messagebox.h"
#include "views/common/messagelabel.h"
#include "views/common/pagewidgets.h"
#include "views/pipelines/stepgraphview.h"
#include "workspace/workspace.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Pd {

PipelinesPage::PipelinesPage(Workspace &workspace, Session &session, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_session(session)
{
    setObjectName(QStringLiteral("pipelinesPage"));
    m_model = new PipelineTableModel(workspace.pipelines(), session, this);
    m_proxy = new CollatingProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_parameters = new ParameterTableModel(this);
    m_steps = new StepTableModel(this);
    m_executions = new RecentExecutionsModel(workspace.pipelines(), session, this);

    m_title = createPageTitle();
    m_newButton = new QPushButton;
    m_newButton->setObjectName(QStringLiteral("newPipelineButton"));
    m_deleteButton = new QPushButton;
    m_deleteButton->setObjectName(QStringLiteral("deletePipelineButton"));
    connect(m_newButton, &QPushButton::clicked, this, &PipelinesPage::createPipeline);
    connect(m_deleteButton, &QPushButton::clicked, this, &PipelinesPage::deleteSelected);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });

    m_table = createTableView(QStringLiteral("pipelineTable"), m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PipelineTableModel::Name, Qt::AscendingOrder);
    // Descriptions can be long: they take what is left and elide, so the times stay visible.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(PipelineTableModel::Description, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideRight);

    m_nameLabel = new QLabel;
    m_nameLabel->setObjectName(QStringLiteral("pipelineNameLabel"));
    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_nameLabel->setFont(nameFont);
    m_arnLabel = new QLabel;
    m_arnLabel->setObjectName(QStringLiteral("pipelineArnLabel"));
    m_arnLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_descriptionLabel = new QLabel;
    m_descriptionLabel->setObjectName(QStringLiteral("pipelineDescriptionLabel"));
    m_descriptionLabel->setWordWrap(true);
    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_parameterView = createTableView(QStringLiteral("parameterTable"), m_parameters);
    m_stepView = createTableView(QStringLiteral("stepTable"), m_steps);
    m_executionView = createTableView(QStringLiteral("recentExecutionTable"), m_executions);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_parameterView, QString());
    m_tabs->addTab(m_stepView, QString());
    m_graph = new StepGraphView;
    m_tabs->addTab(m_graph, QString());
    m_tabs->addTab(m_executionView, QString());

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_nameLabel);
    detailLayout->addWidget(m_arnLabel);
    detailLayout->addWidget(m_descriptionLabel);
    detailLayout->addWidget(m_emptyLabel);
    detailLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    m_busy = new BusyAction;
    m_message = new MessageLabel;
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    connect(&session, &Session::identityChanged, m_message, [this] { m_message->hide(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    auto *toolRow = new QHBoxLayout;
    toolRow->addWidget(m_filter, 1);
    toolRow->addWidget(m_newButton);
    toolRow->addWidget(m_deleteButton);
    layout->addLayout(toolRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PipelinesPage::showSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        showSelected();
    });
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    retranslateUi();
    showSelected();
}

void PipelinesPage::setCloudActions(CloudActions *actions)
{
    m_actions = actions;
    updateButtons();
}

bool PipelinesPage::selectPipeline(const QString &arn)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->pipelineAt(row).arn == arn) {
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
            return true;
        }
    }
    return false;
}

QString PipelinesPage::selectedArn() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? m_model->pipelineAt(current.row()).arn : QString();
}

void PipelinesPage::updateButtons()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const bool has = current.isValid();
    // One cloud action at a time: the page waits for the cloud's answer before the next.
    const bool idle = !m_busy->isBusy() && !(m_createDialog && m_createDialog->isVisible());
    // With cloud actions a connected account's pipelines change in the cloud first; without them
    // the service says why they cannot change here.
    const Status canCreate = m_actions ? Status() : m_workspace.pipelines().canCreatePipeline(m_session.identity());
    m_newButton->setEnabled(canCreate.ok() && idle);
    m_newButton->setToolTip(canCreate ? QString() : canCreate.error().message);
    Status canDelete = Error::conflict(QString());
    if (has)
        canDelete = m_actions ? Status() : m_workspace.pipelines().canChange(m_model->pipelineAt(current.row()));
    m_deleteButton->setEnabled(canDelete.ok() && idle);
    m_deleteButton->setToolTip(canDelete ? QString() : canDelete.error().message);
}

void PipelinesPage::showSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const bool has = current.isValid();
    m_nameLabel->setVisible(has);
    m_arnLabel->setVisible(has);
    m_descriptionLabel->setVisible(has);
    m_tabs->setVisible(has);
    m_emptyLabel->setVisible(!has);
    updateButtons();
    if (!has) {
        m_parameters->setDefinition({});
        m_steps->setDefinition({});
        m_graph->setDefinition({});
        m_executions->setPipeline(QString());
        return;
    }
    const Pipeline &pipeline = m_model->pipelineAt(current.row());
    m_nameLabel->setText(pipeline.name);
    m_arnLabel->setText(pipeline.arn);
    m_descriptionLabel->setText(pipeline.description);
    const PipelineDefinition definition = PipelineDefinition::fromJson(pipeline.definition);
    m_parameters->setDefinition(definition);
    m_steps->setDefinition(definition);
    m_graph->setDefinition(definition);
    m_executions->setPipeline(pipeline.arn);
}

void PipelinesPage::createPipeline()
{
    if (m_createDialog && m_createDialog->isVisible())
        return;
    // A small form: the service validates the definition and names what is wrong. Window-modal and
    // not blocking, so that a cloud answer can come while it is open.
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("createPipelineDialog"));
    dialog->setWindowTitle(tr("New pipeline"));
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("pipelineNameEdit"));
    auto *role = new QLineEdit;
    role->setObjectName(QStringLiteral("roleArnEdit"));
    role->setPlaceholderText(QStringLiteral("arn:aws:iam::%1:role/...").arg(m_session.identity()));
    auto *description = new QLineEdit;
    description->setObjectName(QStringLiteral("descriptionEdit"));
    auto *definition = new QPlainTextEdit;
    definition->setObjectName(QStringLiteral("definitionEdit"));
    definition->setPlainText(QStringLiteral(
        "{\n  \"Version\": \"2020-12-01\",\n  \"Parameters\": [\n    {\"Name\": \"InputData\", \"Type\": \"String\", "
        "\"DefaultValue\": \"s3://bucket/input/\"}\n  ],\n  \"Steps\": [\n    {\"Name\": \"Prepare\", \"Type\": "
        "\"Processing\"},\n    {\"Name\": \"Train\", \"Type\": \"Training\", \"DependsOn\": [\"Prepare\"]}\n  ]\n}\n"));
    auto *load = new QPushButton(tr("&Load from file…"));
    auto *error = new MessageLabel(MessageLabel::Kind::Error);
    error->setObjectName(QStringLiteral("errorLabel"));
    error->setWordWrap(true);
    error->hide();
    auto *busy = new BusyAction;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Create"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Role ARN:"), role);
    form->addRow(tr("&Description:"), description);
    form->addRow(tr("De&finition:"), definition);
    form->addRow(QString(), load);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(busy);
    layout->addWidget(buttons);
    dialog->resize(640, 520);
    connect(load, &QPushButton::clicked, dialog, [dialog, definition, error] {
        const QString path = QFileDialog::getOpenFileName(dialog, tr("Pipeline definition"), QString(),
                                                          tr("JSON files (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error->setText(tr("Cannot read “%1”: %2").arg(path, file.errorString()));
            error->show();
            return;
        }
        // At most the CreatePipeline limit (four bytes a character) and a byte: a huge file is refused unread.
        const qint64 bound = 4 * DocumentLimits::pipelineDefinitionMaxLength;
        const std::optional<QByteArray> text = DocumentLimits::readAtMost(file, bound);
        if (!text) {
            error->setText(tr("Cannot read “%1”: %2").arg(path, file.errorString()));
            error->show();
            return;
        }
        if (text->size() > bound) {
            error->setText(tr("“%1” is longer than %2 characters, the CreatePipeline limit.")
                               .arg(path, QLocale(QLocale::English).toString(DocumentLimits::pipelineDefinitionMaxLength)));
            error->show();
            return;
        }
        definition->setPlainText(QString::fromUtf8(*text));
    });
    // Closing the dialog while the cloud is asked stops waiting (the cloud may have acted all the same).
    connect(buttons, &QDialogButtonBox::rejected, dialog, [dialog, busy] {
        busy->cancel();
        dialog->reject();
    });
    connect(buttons, &QDialogButtonBox::accepted, dialog,
            [this, dialog, name, role, description, definition, error, busy, ok] {
                if (busy->isBusy())
                    return;
                PipelineInput input;
                input.name = name->text().trimmed();
                input.roleArn = role->text().trimmed();
                input.description = description->text().trimmed();
                input.definition = definition->toPlainText().toUtf8();
                if (!m_actions) {
                    auto created = m_workspace.pipelines().createPipeline(m_session.identity(), input);
                    if (!created) {
                        error->setText(created.error().message);
                        error->show();
                        return;
                    }
                    dialog->accept();
                    return;
                }
                error->hide();
                ok->setEnabled(false);
                CloudJob *job = m_actions->createPipeline(m_session.identity(), input);
                busy->track(job, tr("Creating pipeline “%1”…").arg(input.name));
                connect(job, &CloudJob::finished, dialog, [this, dialog, error, busy, ok, job, pipeline = input.name] {
                    const Status status = job->status();
                    if (!status) {
                        const QString said = busy->outcome(status, QString());
                        if (busy->wasCancelled()) { // the dialog is closing: the page says it
                            m_message->setMessage(said, MessageLabel::Kind::Warning);
                            m_message->show();
                            return;
                        }
                        ok->setEnabled(true);
                        error->setText(said);
                        error->show();
                        return;
                    }
                    const QString arn = job->value();
                    dialog->accept();
                    selectPipeline(arn);
                    m_message->setMessage(tr("Pipeline “%1” was created.").arg(pipeline), MessageLabel::Kind::Success);
                    m_message->show();
                });
            });
    connect(dialog, &QDialog::finished, this, &PipelinesPage::updateButtons);
    m_createDialog = dialog;
    dialog->open();
    updateButtons();
}

void PipelinesPage::deleteSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid() || m_busy->isBusy())
        return;
    const Pipeline pipeline = m_model->pipelineAt(current.row());
    auto references = m_workspace.pipelines().references(m_session.identity(), pipeline.arn);
    QString text = tr("Delete pipeline “%1” and all its executions?").arg(pipeline.name);
    if (references && !references->isEmpty()) {
        QStringList lines;
        for (const QString &schedule : references->schedules)
            lines.append(tr("schedule %1").arg(schedule));
        for (const QString &rule : references->rules)
            lines.append(tr("rule %1").arg(rule));
        text += QStringLiteral("\n\n")
                + tr("These still target it and will fail to start it: %1.").arg(lines.join(QStringLiteral(", ")));
    }
    if (MessageBox::warning(this, tr("Delete pipeline"), text, QMessageBox::Yes | QMessageBox::Cancel,
                            QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (m_actions) {
        CloudJob *job = m_actions->deletePipeline(m_session.identity(), pipeline.arn);
        m_busy->track(job, tr("Deleting pipeline “%1”…").arg(pipeline.name));
        updateButtons();
        connect(job, &CloudJob::finished, this, [this, job, pipeline] {
            const Status status = job->status();
            const QString said = m_busy->outcome(status, tr("Pipeline “%1” was deleted.").arg(pipeline.name));
            m_message->setMessage(said, status ? MessageLabel::Kind::Success : MessageLabel::Kind::Error);
            m_message->show();
            // Refused or cancelled: the pipeline is still there and selected again.
            selectPipeline(pipeline.arn);
            updateButtons();
        });
        return;
    }
    auto deleted = m_workspace.pipelines().deletePipeline(m_session.identity(), pipeline.arn);
    if (!deleted)
        MessageBox::warning(this, tr("Delete pipeline"), deleted.error().message);
}

void PipelinesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PipelinesPage::retranslateUi()
{
    m_title->setText(tr("Pipelines"));
    m_filter->setPlaceholderText(tr("Filter pipelines by name or description (Ctrl+F)"));
    m_newButton->setText(tr("&New pipeline…"));
    m_deleteButton->setText(tr("&Delete…"));
    m_emptyLabel->setText(tr("This account has no pipelines. Switch the identity in the tool bar to see another account's."));
    m_tabs->setTabText(0, tr("Parameters"));
    m_tabs->setTabText(1, tr("Steps"));
    m_tabs->setTabText(2, tr("Step graph"));
    m_tabs->setTabText(3, tr("Recent executions"));
}

} // namespace Pd
