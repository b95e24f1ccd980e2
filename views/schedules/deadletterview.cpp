#include "views/schedules/deadletterview.h"

#include "core/session.h"
#include "itemmodels/columntablemodel.h"
#include "schedules/schedulemodels.h"
#include "schedules/scheduleservice.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Pd {

DeadLetterView::DeadLetterView(Workspace &workspace, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_model(new DeadLetterTableModel(workspace.schedules(), session, this))
    , m_table(new QTableView)
    , m_retryButton(new QPushButton)
    , m_clearButton(new QPushButton)
    , m_messageLabel(new QLabel)
{
    setObjectName(QStringLiteral("deadLetterView"));
    m_table->setObjectName(QStringLiteral("deadLetterTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_retryButton->setObjectName(QStringLiteral("retryDeadLetterButton"));
    m_clearButton->setObjectName(QStringLiteral("clearDeadLetterButton"));
    m_messageLabel->setObjectName(QStringLiteral("deadLetterMessageLabel"));
    m_messageLabel->setWordWrap(true);
    connect(m_retryButton, &QPushButton::clicked, this, &DeadLetterView::retrySelected);
    connect(m_clearButton, &QPushButton::clicked, this, &DeadLetterView::clearSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeadLetterView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeadLetterView::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_clearButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    layout->addWidget(m_messageLabel);
    retranslateUi();
    updateButtons();
}

void DeadLetterView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DeadLetterView::retranslateUi()
{
    m_retryButton->setText(tr("&Retry now"));
    m_clearButton->setText(tr("C&lear"));
    m_clearButton->setToolTip(tr("Removes the selected dead letters; with none selected, all of them."));
}

void DeadLetterView::updateButtons()
{
    m_retryButton->setEnabled(!selectedIds().isEmpty());
    m_clearButton->setEnabled(m_model->rowCount() > 0);
}

QList<qint64> DeadLetterView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(IdRole).toLongLong());
    return ids;
}

void DeadLetterView::retrySelected()
{
    QStringList problems;
    int started = 0;
    for (qint64 id : selectedIds()) {
        auto firing = m_workspace.schedules().retryDeadLetter(m_session.identity(), id);
        if (firing)
            ++started;
        else
            problems.append(firing.error().message);
    }
    m_messageLabel->setText(problems.isEmpty() ? tr("%n execution(s) started.", nullptr, started)
                                               : problems.join(QLatin1Char('\n')));
}

void DeadLetterView::clearSelected()
{
    auto removed = m_workspace.schedules().clearDeadLetters(m_session.identity(), selectedIds());
    m_messageLabel->setText(removed ? tr("%n dead letter(s) cleared.", nullptr, removed.value())
                                    : removed.error().message);
}

} // namespace Pd
