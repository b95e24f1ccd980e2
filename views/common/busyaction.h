#pragma once

#include "connected/cloudactions.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Pd {

class Workspace;

// Why a change made here (a wizard, an import) to the identity's objects would be refused: the
// message the services give for a connected account; empty for a local one. The pages turn those
// buttons off with it as the tooltip, rather than letting a wizard fail at its end.
QString localChangeRefusal(Workspace &workspace, const QString &identity);

// A cloud action in flight on a page: what it does, an indeterminate bar and Cancel, which cancels
// the job. Hidden while idle; the page disables its own buttons meanwhile, so one job runs at a time.
class BusyAction : public QWidget
{
    Q_OBJECT

public:
    explicit BusyAction(QWidget *parent = nullptr);

    // Shows `what` until the job finishes (the page hears finished() itself) or is cancelled.
    void track(CloudJob *job, const QString &what);
    bool isBusy() const { return !m_job.isNull(); }
    CloudJob *job() const { return m_job; }
    // Cancels the job; wasCancelled() then says so until the next track(), so that the page can
    // tell a cancel from the cloud's refusal.
    void cancel();
    bool wasCancelled() const { return m_cancelled; }
    // What the page says once the job ended with `status`: `done` on success; on a cancel, that the
    // cloud may have acted all the same; else the error, and when it came from the cloud (with
    // details: service, code, request id) the error box with them to copy, as the Executions page.
    QString outcome(const Status &status, const QString &done);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void done();

    QPointer<CloudJob> m_job;
    bool m_cancelled = false;
    QLabel *m_what;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace Pd
