#pragma once

#include "rules/rule.h"

#include <QWizard>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace Pd {

class SchedulePreviewWidget;
class Session;
class Workspace;

// The create-rule wizard, as the EventBridge console has it: define rule detail → build event
// pattern or define schedule → select targets → configure tags → review and create. The same
// wizard edits an existing rule (then it saves instead of creating). Back and Next keep what was
// entered (pages never reset themselves); Next stays disabled with a message while a step is
// invalid; the review page's Edit buttons jump back to a step. The rule is written in the review
// page's validateCurrentPage() through RuleService, whose refusal stays on that page.
class RuleWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { DetailsPageId, PatternPageId, SchedulePageId, TargetsPageId, TagsPageId, ReviewPageId };

    // existing: the rule to edit; without it a new rule is created.
    RuleWizard(Workspace &workspace, Session &session, const std::optional<Rule> &existing = std::nullopt,
               QWidget *parent = nullptr);

    bool isEditing() const { return m_original.has_value(); }
    const std::optional<Rule> &original() const { return m_original; }
    // The rule as the pages say it now.
    Rule rule() const;
    // The rule written by Create / Save.
    const std::optional<Rule> &saved() const { return m_saved; }
    // Goes back to a step already visited, keeping everything entered (the review's Edit).
    void goToPage(int id);

    Workspace &workspace() const { return m_workspace; }
    Session &session() const { return m_session; }

    bool validateCurrentPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void skipToReview();
    void updateSkipButton();

    Workspace &m_workspace;
    Session &m_session;
    std::optional<Rule> m_original;
    std::optional<Rule> m_saved;
};

// Keeps what was entered when the user goes back (QWizardPage's default resets fields).
class RuleWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;
    void cleanupPage() override {}

protected:
    RuleWizard *ruleWizard() const { return qobject_cast<RuleWizard *>(wizard()); }
};

class RuleDetailsPage : public RuleWizardPage
{
    Q_OBJECT

public:
    explicit RuleDetailsPage(QWidget *parent = nullptr);
    void load(const Rule &rule);
    void fill(Rule &rule) const;
    bool scheduled() const;
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void check();

    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_descriptionLabel;
    QPlainTextEdit *m_description;
    QLabel *m_busLabel;
    QComboBox *m_bus;
    QLabel *m_typeLabel;
    QRadioButton *m_patternType;
    QRadioButton *m_scheduleType;
    QLabel *m_typeNote;
    QCheckBox *m_enabled;
    QLabel *m_error;
    QString m_loadedBus;
    bool m_valid = false;
};

class RulePatternPage : public RuleWizardPage
{
    Q_OBJECT

public:
    explicit RulePatternPage(QWidget *parent = nullptr);
    void load(const Rule &rule);
    // The pattern as written (compact JSON when it parses).
    QString pattern() const;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void sourceChanged();
    void sampleChanged();
    void methodChanged();
    void serviceChanged();
    void eventTypeChanged();
    void patternChanged();
    void testPattern();

    QLabel *m_sourceHeading;
    QRadioButton *m_awsSource;
    QRadioButton *m_otherSource;
    QRadioButton *m_allSource;
    QLabel *m_sampleHeading;
    QRadioButton *m_awsSample;
    QRadioButton *m_ownSample;
    QComboBox *m_sampleCombo;
    QPlainTextEdit *m_sampleEdit;
    QLabel *m_methodHeading;
    QRadioButton *m_formMethod;
    QRadioButton *m_customMethod;
    QLabel *m_serviceLabel;
    QComboBox *m_service;
    QLabel *m_eventTypeLabel;
    QComboBox *m_eventType;
    QLabel *m_patternHeading;
    QPlainTextEdit *m_patternEdit;
    QLabel *m_patternError;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    bool m_valid = false;
};

class RuleSchedulePage : public RuleWizardPage
{
    Q_OBJECT

public:
    RuleSchedulePage(Workspace &workspace, QWidget *parent = nullptr);
    void load(const Rule &rule);
    QString expression() const;
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    SchedulePreviewWidget *preview() const { return m_preview; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePreview();

    QRadioButton *m_rate;
    QRadioButton *m_cron;
    QLabel *m_rateLabel;
    QSpinBox *m_rateValue;
    QComboBox *m_rateUnit;
    QWidget *m_rateBox;
    QWidget *m_cronBox;
    QList<QLabel *> m_cronLabels;
    QList<QLineEdit *> m_cronFields;
    QLabel *m_expressionLabel;
    QLabel *m_expression;
    QLabel *m_utcNote;
    SchedulePreviewWidget *m_preview;
};

// One target of the targets page: type, pipeline, its parameters, the role.
class RuleTargetPanel : public QWidget
{
    Q_OBJECT

public:
    RuleTargetPanel(Workspace &workspace, Session &session, QWidget *parent = nullptr);
    void load(const RuleTarget &target);
    RuleTarget target() const;
    // Refreshes the pipeline list, the known roles and the new role's name (the rule's name).
    void refresh(const QString &ruleName);
    // Shows the check of this target; true when it passed.
    bool check(int index);
    void retranslateUi();

signals:
    void changed();

private:
    void showParameters();
    void addParameterRow(const QString &name, const QString &value, bool dynamic, const QString &defaultValue,
                         bool fromDefinition);

    Workspace &m_workspace;
    Session &m_session;
    QLabel *m_idLabel;
    QLineEdit *m_id;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QLabel *m_pipelineLabel;
    QComboBox *m_pipeline;
    QLabel *m_parametersLabel;
    QTableWidget *m_parameters;
    QPushButton *m_addParameter;
    QPushButton *m_removeParameter;
    QLabel *m_roleHeading;
    QRadioButton *m_newRole;
    QLabel *m_newRoleArn;
    QRadioButton *m_existingRole;
    QComboBox *m_roleCombo;
    QLabel *m_error;
    QString m_ruleName;
};

class RuleTargetsPage : public RuleWizardPage
{
    Q_OBJECT

public:
    RuleTargetsPage(Workspace &workspace, Session &session, QWidget *parent = nullptr);
    void load(const Rule &rule);
    QList<RuleTarget> targets() const;
    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    RuleTargetPanel *addTarget();
    void removeTarget();
    void check();
    void updateButtons();

    Workspace &m_workspace;
    Session &m_session;
    QTabWidget *m_tabs;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_error;
    bool m_valid = false;
};

class RuleTagsPage : public RuleWizardPage
{
    Q_OBJECT

public:
    explicit RuleTagsPage(QWidget *parent = nullptr);
    void load(const Rule &rule);
    QMap<QString, QString> tags() const;
    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void check();

    QLabel *m_note;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_error;
    bool m_valid = true;
};

class RuleReviewPage : public RuleWizardPage
{
    Q_OBJECT

public:
    explicit RuleReviewPage(QWidget *parent = nullptr);
    void initializePage() override;
    void showError(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showRule();

    struct Section
    {
        QLabel *title;
        QPushButton *edit;
        QLabel *body;
    };
    QList<Section> m_sections; // details, pattern or schedule, targets, tags
    QLabel *m_error;
};

} // namespace Pd
