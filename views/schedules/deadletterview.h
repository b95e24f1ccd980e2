#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Pd {

class DeadLetterTableModel;
class Session;
class Workspace;

// The dead-letter list: slots that could not start within their retry policy. The user can
// inspect the reason and the request, retry the selected ones now, or clear them.
class DeadLetterView : public QWidget
{
    Q_OBJECT

public:
    DeadLetterView(Workspace &workspace, Session &session, QWidget *parent = nullptr);
    DeadLetterTableModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    QList<qint64> selectedIds() const;
    void retrySelected();
    void clearSelected();

    Workspace &m_workspace;
    Session &m_session;
    DeadLetterTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_retryButton;
    QPushButton *m_clearButton;
    QLabel *m_messageLabel;
};

} // namespace Pd
