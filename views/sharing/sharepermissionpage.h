#pragma once

#include "sharing/share.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QRadioButton;

namespace Pd {

// Step 2: one of the two managed permissions, with the actions it grants.
class SharePermissionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SharePermissionPage(QWidget *parent = nullptr);
    SharePermission permission() const;
    void setPermission(SharePermission permission);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showActions();

    QRadioButton *m_readOnlyRadio = nullptr;
    QRadioButton *m_executionRadio = nullptr;
    QLabel *m_actionsLabel = nullptr;
    QListWidget *m_actionList = nullptr;
};

} // namespace Pd
