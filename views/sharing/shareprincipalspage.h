#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStringListModel;

namespace Pd {

class Session;
class Workspace;

// Step 3: within the organization only or anyone; principals by type and id, checked as typed.
class SharePrincipalsPage : public QWizardPage
{
    Q_OBJECT

public:
    SharePrincipalsPage(Workspace &workspace, Session &session, QWidget *parent = nullptr);
    bool isComplete() const override;
    QStringList principals() const;
    void setPrincipals(const QStringList &principals);
    bool allowExternalPrincipals() const;
    void setAllowExternalPrincipals(bool allow);
    // Adds what the id field holds; false (and the reason shown) when it is not a valid principal
    // of the chosen type.
    bool addPrincipal();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHint();

    Workspace &m_workspace;
    Session &m_session;
    QRadioButton *m_organizationOnlyRadio = nullptr;
    QRadioButton *m_anyoneRadio = nullptr;
    QLabel *m_typeLabel = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QStringListModel *m_suggestions = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_listLabel = nullptr;
    QListWidget *m_principalList = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace Pd
