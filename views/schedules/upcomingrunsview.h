#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableView;

namespace Pd {

class CollatingProxyModel;
class Session;
class UpcomingRunsModel;
class Workspace;

// The upcoming runs of all the identity's schedules for the next days (1–31), each in the
// user's zone and in its schedule's zone.
class UpcomingRunsView : public QWidget
{
    Q_OBJECT

public:
    UpcomingRunsView(Workspace &workspace, Session &session, QWidget *parent = nullptr);
    UpcomingRunsModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    UpcomingRunsModel *m_model;
    CollatingProxyModel *m_proxy;
    QLabel *m_daysLabel;
    QSpinBox *m_days;
    QTableView *m_table;
};

} // namespace Pd
