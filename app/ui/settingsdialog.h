#pragma once

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace Kansa {

/// Edit ▸ Settings…: the office's issuer, letter numbering, contact, deadlines and document
/// options (DocumentSettings). Each field is saved as soon as it changes; there is no OK
/// button to forget.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Shown above the fields: why the dialog opened (a missing issuer before printing).
    void setRequest(const QString &text);

    /// Before anything prints: when the issuer is incomplete, explains what is missing and
    /// opens the dialog. Returns whether the issuer is complete afterwards.
    static bool askForMissingIssuer(QSqlDatabase db, QWidget *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void save(const QString &key, const QString &value);
    void showNumberPreview();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QSqlDatabase m_db;
    bool m_loading = false;
};

} // namespace Kansa
