#pragma once

#include <QWidget>

class QLabel;

namespace Pd {

// A page whose feature is not built yet. Says so plainly rather than showing an empty table.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(const QString &pageName, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_pageName;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace Pd
