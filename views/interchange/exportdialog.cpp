#include "views/interchange/exportdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QVBoxLayout>

namespace Pd {

ExportDialog::ExportDialog(const QList<Format> &formats, Producer produce, std::function<QString()> subject,
                           const QString &fileBaseName, QWidget *parent)
    : QDialog(parent)
    , m_formats(formats)
    , m_produce(std::move(produce))
    , m_subject(std::move(subject))
    , m_fileBaseName(fileBaseName)
    , m_subjectLabel(new QLabel)
    , m_formatLabel(new QLabel)
    , m_format(new QComboBox)
    , m_preview(new QPlainTextEdit)
    , m_lossIcon(new QLabel)
    , m_lossLabel(new QLabel)
    , m_losses(new QListWidget)
    , m_status(new QLabel)
    , m_copyButton(new QPushButton)
    , m_saveButton(new QPushButton)
    , m_closeButton(new QPushButton)
{
    setObjectName(QStringLiteral("exportDialog"));
    m_subjectLabel->setObjectName(QStringLiteral("subjectLabel"));
    m_subjectLabel->setWordWrap(true);
    m_subjectLabel->setTextFormat(Qt::PlainText);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_formatLabel->setBuddy(m_format);
    m_preview->setObjectName(QStringLiteral("previewEdit"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_lossIcon->setObjectName(QStringLiteral("lossIconLabel"));
    m_lossLabel->setObjectName(QStringLiteral("lossLabel"));
    m_lossLabel->setWordWrap(true);
    QFont bold = m_lossLabel->font();
    bold.setBold(true);
    m_lossLabel->setFont(bold);
    m_losses->setObjectName(QStringLiteral("notExpressibleList"));
    m_losses->setWordWrap(true);
    m_losses->setSelectionMode(QAbstractItemView::NoSelection);
    m_losses->setFocusPolicy(Qt::NoFocus);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    for (const Format &format : m_formats)
        m_format->addItem(format.name(), format.id);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(m_copyButton, &QPushButton::clicked, this, &ExportDialog::copy);
    connect(m_saveButton, &QPushButton::clicked, this, &ExportDialog::save);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);

    auto *form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    auto *lossHeading = new QHBoxLayout;
    lossHeading->addWidget(m_lossIcon);
    lossHeading->addWidget(m_lossLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_subjectLabel);
    layout->addLayout(form);
    layout->addWidget(m_preview, 3);
    layout->addLayout(lossHeading);
    layout->addWidget(m_losses, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // Only now: a button is the dialog's default once it is inside the dialog; set before, the
    // first auto-default button (Cancel) took Enter.
    m_saveButton->setDefault(true);
    retranslateUi(); // produces the first document too
    resize(900, 660);
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    m_subjectLabel->setText(tr("Export %1").arg(m_subject()));
    m_formatLabel->setText(tr("&Format:"));
    for (int i = 0; i < m_formats.size() && i < m_format->count(); ++i)
        m_format->setItemText(i, m_formats.at(i).name());
    m_copyButton->setText(tr("&Copy"));
    m_copyButton->setToolTip(tr("Copies the document to the clipboard."));
    m_saveButton->setText(tr("&Save to file…"));
    m_closeButton->setText(tr("Close"));
    // The document's sentences are translated when produced: produce it again.
    refresh();
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setFormat(const QString &formatId)
{
    const int index = m_format->findData(formatId);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

void ExportDialog::refresh()
{
    if (m_format->currentIndex() < 0)
        return;
    m_document = m_produce(format());
    m_preview->setPlainText(QString::fromUtf8(m_document.text));
    m_status->clear();
    showLosses();
}

void ExportDialog::showLosses()
{
    const bool lossy = !m_document.notExpressible.isEmpty();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon =
        style()->standardIcon(lossy ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton, nullptr, this);
    m_lossIcon->setPixmap(icon.pixmap(iconSize, iconSize));
    m_lossLabel->setText(
        lossy ? tr("Not expressible in this format (%n):", nullptr, int(m_document.notExpressible.size()))
              : tr("Nothing is lost in this format."));
    m_losses->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    for (const QString &loss : m_document.notExpressible)
        m_losses->addItem(new QListWidgetItem(warning, loss));
    m_losses->setVisible(lossy);
}

void ExportDialog::copy()
{
    QApplication::clipboard()->setText(QString::fromUtf8(m_document.text));
    m_status->setText(tr("The document was copied to the clipboard."));
}

void ExportDialog::save()
{
    const QString suffix = m_formats.value(m_format->currentIndex()).fileSuffix;
    const QString suggested = QDir::home().filePath(m_fileBaseName + QLatin1Char('.') + suffix);
    const QString filter =
        suffix == QLatin1String("json") ? tr("JSON documents (*.json)") : tr("YAML documents (*.yaml *.yml)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the document"), suggested,
                                                      filter + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool ExportDialog::saveTo(const QString &path)
{
    // QSaveFile: an existing file is replaced only once the whole document is written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_document.text) != m_document.text.size() || !file.commit()) {
        m_status->setText(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved to “%1”.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace Pd
