#pragma once

#include "schedules/scheduleservice.h"

#include <QWizard>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace Pd {

class SchedulePreviewWidget;
class Session;
class Workspace;

// The schedule wizard: kind → expression (with the live preview, DST flags, description and
// lint) → start and end (recurring kinds only) → target pipeline and parameters → policies →
// review and create. Each page is one class; the schedule is created in the review page's
// validateCurrentPage() through ScheduleService, whose errors are shown on that page.
class ScheduleWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { KindPageId, ExpressionPageId, WindowPageId, TargetPageId, PoliciesPageId, ReviewPageId };
    enum class Kind { OneTime, Rate, Cron, Recurrence, Crontab };

    ScheduleWizard(Workspace &workspace, Session &session, QWidget *parent = nullptr);

    Kind kind() const;
    // What the pages say now, as the service takes it.
    ScheduleInput input() const;
    // The schedule made by the review page, once created.
    const std::optional<PipelineSchedule> &created() const { return m_created; }

    Workspace &workspace() const { return m_workspace; }
    Session &session() const { return m_session; }

    // On the review page: creates the schedule; a refusal stays on the page with its reason.
    bool validateCurrentPage() override;

private:
    Workspace &m_workspace;
    Session &m_session;
    std::optional<PipelineSchedule> m_created;
};

class ScheduleKindPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScheduleKindPage(QWidget *parent = nullptr);
    ScheduleWizard::Kind kind() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QRadioButton *m_oneTime;
    QRadioButton *m_rate;
    QRadioButton *m_cron;
    QRadioButton *m_recurrence;
    QRadioButton *m_crontab;
};

class ScheduleExpressionPage : public QWizardPage
{
    Q_OBJECT

public:
    ScheduleExpressionPage(Workspace &workspace, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePreview();

    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLabel *m_groupLabel;
    QLineEdit *m_group;
    QLabel *m_expressionLabel;
    QLineEdit *m_expression;
    QLabel *m_zoneLabel;
    QComboBox *m_zone;
    SchedulePreviewWidget *m_preview;
    std::optional<ScheduleWizard::Kind> m_templateKind;
};

class ScheduleWindowPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScheduleWindowPage(QWidget *parent = nullptr);
    std::optional<qint64> start() const;
    std::optional<qint64> end() const;
    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QCheckBox *m_hasStart;
    QDateTimeEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateTimeEdit *m_end;
    QLabel *m_note;
};

class ScheduleTargetPage : public QWizardPage
{
    Q_OBJECT

public:
    ScheduleTargetPage(Workspace &workspace, Session &session, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    QString pipelineArn() const;
    QList<ExecutionParameter> parameters() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showParameters();

    Workspace &m_workspace;
    Session &m_session;
    QLabel *m_pipelineLabel;
    QComboBox *m_pipeline;
    QTableWidget *m_parameters;
    QLabel *m_macroHint;
};

class SchedulePoliciesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SchedulePoliciesPage(QWidget *parent = nullptr);
    void fill(ScheduleInput &input) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QCheckBox *m_enabled;
    QCheckBox *m_flexible;
    QSpinBox *m_window;
    QLabel *m_retriesLabel;
    QSpinBox *m_retries;
    QLabel *m_ageLabel;
    QSpinBox *m_age;
    QLabel *m_missedLabel;
    QComboBox *m_missed;
    QLabel *m_overlapLabel;
    QComboBox *m_overlap;
    QCheckBox *m_deleteAfter;
};

class ScheduleReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScheduleReviewPage(QWidget *parent = nullptr);
    void initializePage() override;
    void showError(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *m_summary;
    QLabel *m_error;
};

} // namespace Pd
