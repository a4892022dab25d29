#pragma once

#include <QObject>
#include <QSqlDatabase>

class QListWidget;
class QPushButton;
class QWidget;

namespace Kansa {

/// Settings ▸ Packages: the office keys packages are encrypted to (PackageSettings), added,
/// removed, shown as text and as a QR code, and the office's key pair created once.
class OfficeKeysPanel : public QObject
{
    Q_OBJECT
public:
    struct Widgets
    {
        QListWidget *list;
        QPushButton *add, *remove, *show, *create;
    };
    OfficeKeysPanel(QSqlDatabase db, const Widgets &widgets, QWidget *parent);

    /// A dialog with the key as text (selectable, with a copy button) and as a QR code.
    static void showKey(const QString &key, QWidget *parent);

private:
    void reload();
    void add();
    void remove();
    void create();

    QSqlDatabase m_db;
    Widgets m_w;
    QWidget *m_parent;
};

} // namespace Kansa
