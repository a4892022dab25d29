#pragma once

#include <QSortFilterProxyModel>

namespace Kansa {

/// Narrows the check-item tree: all items, those without a verdict, the non-conforming ones,
/// and a free-text filter (Ctrl+F). Articles stay when one of their items does.
class CheckItemFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Mode { All, NoVerdict, NonConforming };

    explicit CheckItemFilterModel(QObject *parent = nullptr);
    void setMode(Mode mode);
    void setText(const QString &text);
    Mode mode() const { return m_mode; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    Mode m_mode = Mode::All;
    QString m_text;
};

} // namespace Kansa
