#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Pd {

// "Export": shows a document in the format the user picks, with what that format cannot
// express listed where it cannot be missed, and copies it or saves it to a file. The same
// dialog serves rules and schedules: the page gives the formats and a function that produces
// the document for one of them (the pure conversions of ruleinterchange.h /
// scheduleinterchange.h), so the dialog holds no knowledge of either.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Format
    {
        QString id;                    // stable key (the CLI's --format value)
        QString fileSuffix;            // "json" / "yaml", for the suggested file name
        std::function<QString()> name; // translated display name, asked again on a language change
    };
    struct Document
    {
        QByteArray text;
        QStringList notExpressible; // translated sentences
    };
    using Producer = std::function<Document(const QString &formatId)>;

    // subject: what is exported, as the user knows it (“the rule ‘nightly-retrain’”), translated
    // and asked again on a language change; fileBaseName: the suggested file name without
    // suffix. formats must not be empty.
    ExportDialog(const QList<Format> &formats, Producer produce, std::function<QString()> subject,
                 const QString &fileBaseName, QWidget *parent = nullptr);

    void setFormat(const QString &formatId);
    QString format() const;
    const Document &document() const { return m_document; }
    // Writes the shown document to path (what "Save to file…" does after asking for a path).
    // Returns whether it was written; the dialog says so, or why not.
    bool saveTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void showLosses();
    void copy();
    void save();

    QList<Format> m_formats;
    Producer m_produce;
    std::function<QString()> m_subject;
    QString m_fileBaseName;
    Document m_document;
    QLabel *m_subjectLabel;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QPlainTextEdit *m_preview;
    QLabel *m_lossIcon;
    QLabel *m_lossLabel;
    QListWidget *m_losses;
    QLabel *m_status;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    QPushButton *m_closeButton;
};

} // namespace Pd
