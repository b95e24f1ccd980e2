#pragma once

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QLabel;

namespace Pd {

// Step 3 of the schedule wizard (recurring kinds only): the optional start and end.
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

} // namespace Pd
