#pragma once

#include <QWidget>


class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Pd {

class CollatingProxyModel;
class Session;
class ShareTableModel;
class ShareWizard;
class Workspace;

// The resource shares the current identity owns: create (the wizard), edit, delete.
class SharesPage : public QWidget
{
    Q_OBJECT

public:
    SharesPage(Workspace &workspace, Session &session, QWidget *parent = nullptr);

    // Opens the wizard (window-modal, deletes itself when closed). Empty arn: a new share.
    ShareWizard *openWizard(const QString &shareArn = QString());

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    QString currentArn() const;
    void deleteCurrent();

    Workspace &m_workspace;
    Session &m_session;
    ShareTableModel *m_model = nullptr;
    CollatingProxyModel *m_proxy = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace Pd
