#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace Pd {

class AuditTableModel;
class MessageLabel;
class Workspace;

// The audit log: who (account and user) did what, on which object, with which outcome, when,
// newest first, a page at a time as the table scrolls. Filters by object (an ARN, which also finds
// what lies under it, or a name), acting account, action, outcome and period. New rows come in at
// the top as they are committed (AuditService::entriesAdded, no polling). The selected row's full
// record, with its detail, shows below; double-clicking a row moves the focus there.
// Rows are the workspace's, so the page shows every account's rows whatever the identity.
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPage(Workspace &workspace, QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillIdentities();
    void fillActions();
    void fillFixedFilters();
    void applyFilter();
    void showSelected();

    Workspace &m_workspace;
    AuditTableModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_objectLabel = nullptr;
    QLineEdit *m_objectFilter = nullptr;
    QLabel *m_identityLabel = nullptr;
    QComboBox *m_identityFilter = nullptr;
    QLabel *m_actionLabel = nullptr;
    QComboBox *m_actionFilter = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QComboBox *m_outcomeFilter = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_periodFilter = nullptr;
    MessageLabel *m_messageLabel = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_detail = nullptr;
};

} // namespace Pd
