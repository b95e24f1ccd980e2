#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace Pd {

// The first start of the GUI on a workspace file that does not exist yet: a demo workspace (the
// demo organization, accounts, pipelines and executions) or an empty one, whose first account the
// user adds. Rejected (closed) means neither: the program quits and creates no file.
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, Demo, Empty };

    explicit FirstStartDialog(const QString &workspacePath, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void choose(Choice choice);

    QString m_path;
    Choice m_choice = Choice::None;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_demoButton = nullptr;
    QLabel *m_demoText = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_quitButton = nullptr;
};

} // namespace Pd
