#include "views/schedules/upcomingrunsview.h"

#include "itemmodels/collatingproxymodel.h"
#include "itemmodels/columntablemodel.h"
#include "schedules/schedulemodels.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Pd {

UpcomingRunsView::UpcomingRunsView(Workspace &workspace, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_model(new UpcomingRunsModel(workspace.schedules(), workspace.clock(), session, this))
    , m_proxy(new CollatingProxyModel(this))
    , m_daysLabel(new QLabel)
    , m_days(new QSpinBox)
    , m_table(new QTableView)
{
    setObjectName(QStringLiteral("upcomingRunsView"));
    m_days->setObjectName(QStringLiteral("upcomingDaysSpinBox"));
    m_days->setRange(1, 31);
    m_days->setValue(m_model->days());
    m_daysLabel->setBuddy(m_days);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setObjectName(QStringLiteral("upcomingTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UpcomingRunsModel::When, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_days, &QSpinBox::valueChanged, m_model, &UpcomingRunsModel::setDays);

    auto *top = new QHBoxLayout;
    top->addWidget(m_daysLabel);
    top->addWidget(m_days);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    retranslateUi();
}

void UpcomingRunsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UpcomingRunsView::retranslateUi()
{
    m_daysLabel->setText(tr("Show the next"));
    m_days->setSuffix(tr(" days"));
}

} // namespace Pd
