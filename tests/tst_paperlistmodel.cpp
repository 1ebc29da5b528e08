#include "models/itemroles.h"
#include "models/paperlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace {

QList<PaperRow> sampleRows()
{
    return {
        {QStringLiteral("2401.00001"),
         QStringLiteral("Beta"),
         QDate(2024, 1, 2),
         10,
         false,
         false,
         {},
         1},
        {QStringLiteral("2401.00002"),
         QStringLiteral("Alpha"),
         QDate(2024, 1, 2),
         10,
         true,
         true,
         {},
         2},
        {QStringLiteral("2401.00003"),
         QStringLiteral("Gamma"),
         QDate(2024, 1, 3),
         10,
         false,
         false,
         {},
         3},
        {QStringLiteral("2401.00004"),
         QStringLiteral("Delta"),
         QDate(2024, 1, 1),
         99,
         false,
         true,
         {},
         4},
        {QStringLiteral("2401.00005"),
         QStringLiteral("Epsilon"),
         QDate(2024, 1, 5),
         std::nullopt,
         false,
         false,
         {},
         5},
    };
}

QStringList idsInOrder(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ItemRoles::ArxivIdRole).toString());
    return ids;
}

} // namespace

class TestPaperListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void data();
    void votesSortBreaksTiesByDateThenTitle();
    void otherSorts();
    void starAndReadChangesAreSignalled();
    void sortKeepsPersistentIndexes();
    void filtersCombine();
    void filtersKeepPersistentIndexes();
    void pinnedPaperStaysUntilAnotherIsChosen();
    void markChangesRefilter();
    void newRowsKeepFiltersAndCurrentPaper();
    void newRowsShareUnchangedStrings();
    void bigListsSortOnAWorker();
    void allReadHidesUnreadButThePinned();
};

void TestPaperListModel::passesModelTester()
{
    PaperListModel model;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows());
    model.sort(PaperListModel::VotesColumn, Qt::DescendingOrder);
    model.setStarred(QStringLiteral("2401.00003"), true);
    model.setRead(QStringLiteral("2401.00003"), true);
    model.sort(PaperListModel::TitleColumn, Qt::AscendingOrder);
    model.setStarredOnly(true);
    model.setSearchMatches(QList<qint64>{2, -1});
    model.setUnreadOnly(true);
    model.setStarred(QStringLiteral("2401.00001"), true);
    model.setRows(QList<PaperRow>{});
    model.setRows(sampleRows());
    model.setStarredOnly(false);
    model.setUnreadOnly(false);
    model.setSearchMatches(std::nullopt);
    QCOMPARE(model.rowCount(), 5);
}

void TestPaperListModel::data()
{
    PaperListModel model;
    model.setRows(sampleRows());
    QCOMPARE(model.columnCount(), int(PaperListModel::ColumnCount));
    // Rows come sorted by votes (most first): Delta 99, then the tens by newest day.
    QCOMPARE(model.index(0, PaperListModel::TitleColumn).data().toString(),
             QStringLiteral("Delta"));
    const QModelIndex title = model.indexOf(QStringLiteral("2401.00002"));
    QCOMPARE(title.data().toString(), QStringLiteral("Alpha"));
    QCOMPARE(title.data(ItemRoles::StarredRole).toBool(), true);
    QCOMPARE(title.data(ItemRoles::DateRole).toDate(), QDate(2024, 1, 2));
    QCOMPARE(
        model.indexOf(QStringLiteral("2401.00002"), PaperListModel::VotesColumn).data().toString(),
        QStringLiteral("10"));
    const QModelIndex noVotes =
        model.indexOf(QStringLiteral("2401.00005"), PaperListModel::VotesColumn);
    QVERIFY(!noVotes.data(ItemRoles::VotesRole).isValid());
    QCOMPARE(noVotes.data().toString(), QStringLiteral("–"));
    // Unread rows are bold.
    QVERIFY(model.indexOf(QStringLiteral("2401.00001")).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.indexOf(QStringLiteral("2401.00002")).data(Qt::FontRole).isValid());
    QVERIFY(!model.index(9, 0).data().isValid());
    QCOMPARE(model.indexOf(QStringLiteral("2401.00004")).row(), 0);
    QVERIFY(!model.indexOf(QStringLiteral("nope")).isValid());
}

void TestPaperListModel::votesSortBreaksTiesByDateThenTitle()
{
    PaperListModel model;
    model.setRows(sampleRows());
    model.sort(PaperListModel::VotesColumn, Qt::DescendingOrder);
    // 99 first; the three tens by newest day, then A to Z; no votes last.
    QCOMPARE(idsInOrder(model),
             (QStringList{QStringLiteral("2401.00004"), QStringLiteral("2401.00003"),
                          QStringLiteral("2401.00002"), QStringLiteral("2401.00001"),
                          QStringLiteral("2401.00005")}));
}

void TestPaperListModel::otherSorts()
{
    PaperListModel model;
    PaperListModel &proxy = model;
    model.setRows(sampleRows());
    proxy.sort(PaperListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, PaperListModel::TitleColumn).data().toString(),
             QStringLiteral("Alpha"));
    QCOMPARE(proxy.index(4, PaperListModel::TitleColumn).data().toString(),
             QStringLiteral("Gamma"));
    proxy.sort(PaperListModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(idsInOrder(proxy).first(), QStringLiteral("2401.00005"));
    QCOMPARE(idsInOrder(proxy).last(), QStringLiteral("2401.00004"));
    proxy.sort(PaperListModel::StarColumn, Qt::DescendingOrder);
    QCOMPARE(idsInOrder(proxy).first(), QStringLiteral("2401.00002"));
}

void TestPaperListModel::starAndReadChangesAreSignalled()
{
    PaperListModel model;
    model.setRows(sampleRows());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStarred(QStringLiteral("2401.00001"), true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(),
             model.indexOf(QStringLiteral("2401.00001")).row());
    model.setStarred(QStringLiteral("2401.00001"), true); // no change, no signal
    QCOMPARE(changed.size(), 1);
    model.setRead(QStringLiteral("2401.00001"), true);
    QCOMPARE(changed.size(), 2);
    model.setStarred(QStringLiteral("unknown"), true);
    QCOMPARE(changed.size(), 2);
    QVERIFY(model.rowFor(QStringLiteral("2401.00001"))->starred);
}

void TestPaperListModel::sortKeepsPersistentIndexes()
{
    PaperListModel model;
    model.setRows(sampleRows());
    const QPersistentModelIndex gamma = model.indexOf(QStringLiteral("2401.00003"));
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.sort(PaperListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(layout.size(), 1);
    QCOMPARE(gamma.data(ItemRoles::ArxivIdRole).toString(), QStringLiteral("2401.00003"));
    QCOMPARE(gamma.row(), 4);
    // New rows keep the chosen order.
    model.setRows(sampleRows());
    QCOMPARE(model.index(0, PaperListModel::TitleColumn).data().toString(),
             QStringLiteral("Alpha"));
}

void TestPaperListModel::filtersCombine()
{
    PaperListModel model;
    model.setRows(sampleRows());
    model.setStarredOnly(true);
    QCOMPARE(idsInOrder(model), QStringList{QStringLiteral("2401.00002")});
    QVERIFY(model.isFiltered());
    // Starred and unread: Alpha is starred but read.
    model.setUnreadOnly(true);
    QCOMPARE(model.rowCount(), 0);
    model.setStarredOnly(false);
    QCOMPARE(idsInOrder(model),
             (QStringList{QStringLiteral("2401.00003"), QStringLiteral("2401.00001"),
                          QStringLiteral("2401.00005")}));
    // Search and day restrict further; unknown ids are ignored.
    model.setSearchMatches(QList<qint64>{1, 4, 5, 999});
    QCOMPARE(idsInOrder(model),
             (QStringList{QStringLiteral("2401.00001"), QStringLiteral("2401.00005")}));
    model.setDayMatches(QList<qint64>{5});
    QCOMPARE(idsInOrder(model), QStringList{QStringLiteral("2401.00005")});
    QVERIFY(!model.indexOf(QStringLiteral("2401.00001")).isValid());
    QCOMPARE(model.paperCount(), 5);
    model.setUnreadOnly(false);
    model.setSearchMatches(std::nullopt);
    model.setDayMatches(std::nullopt);
    QVERIFY(!model.isFiltered());
    QCOMPARE(model.rowCount(), 5);
    // An empty match list hides everything (a search that found nothing).
    model.setSearchMatches(QList<qint64>{});
    QCOMPARE(model.rowCount(), 0);
}

void TestPaperListModel::filtersKeepPersistentIndexes()
{
    PaperListModel model;
    model.setRows(sampleRows());
    const QPersistentModelIndex epsilon = model.indexOf(QStringLiteral("2401.00005"));
    const QPersistentModelIndex alpha = model.indexOf(QStringLiteral("2401.00002"));
    model.setUnreadOnly(true);
    QCOMPARE(epsilon.data(ItemRoles::ArxivIdRole).toString(), QStringLiteral("2401.00005"));
    QCOMPARE(epsilon.row(), 2);
    QVERIFY(!alpha.isValid()); // read, so filtered out
    model.setUnreadOnly(false);
    QCOMPARE(epsilon.row(), 4);
}

void TestPaperListModel::pinnedPaperStaysUntilAnotherIsChosen()
{
    PaperListModel model;
    model.setRows(sampleRows());
    model.setUnreadOnly(true);
    model.setPinned(QStringLiteral("2401.00001"));
    model.setRead(QStringLiteral("2401.00001"), true);
    QVERIFY(model.indexOf(QStringLiteral("2401.00001")).isValid());
    // Choosing another paper lets it go, once control returns to the event loop.
    model.setPinned(QStringLiteral("2401.00003"));
    QVERIFY(model.indexOf(QStringLiteral("2401.00001")).isValid());
    QTRY_VERIFY(!model.indexOf(QStringLiteral("2401.00001")).isValid());
    // The pin does not beat search or day.
    model.setDayMatches(QList<qint64>{5});
    QVERIFY(!model.indexOf(QStringLiteral("2401.00003")).isValid());
}

void TestPaperListModel::markChangesRefilter()
{
    PaperListModel model;
    model.setRows(sampleRows());
    model.setStarredOnly(true);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.setStarred(QStringLiteral("2401.00004"), true);
    QCOMPARE(layout.size(), 1);
    QCOMPARE(idsInOrder(model),
             (QStringList{QStringLiteral("2401.00004"), QStringLiteral("2401.00002")}));
    QCOMPARE(model.starredCount(), 2);
    model.setStarred(QStringLiteral("2401.00002"), false);
    QCOMPARE(idsInOrder(model), QStringList{QStringLiteral("2401.00004")});
    // A mark that does not touch the filter only changes data.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRead(QStringLiteral("2401.00004"), false);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(layout.size(), 2);
}

void TestPaperListModel::newRowsKeepFiltersAndCurrentPaper()
{
    PaperListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<PaperRow> rows = sampleRows();
    model.setRows(rows.mid(0, 3));
    model.setSearchMatches(QList<qint64>{3, 4});
    const QPersistentModelIndex gamma = model.indexOf(QStringLiteral("2401.00003"));
    QCOMPARE(model.rowCount(), 1);
    // An import brings Delta (a search match, sorted first) and Epsilon (not a match).
    model.setRows(PaperListModel::sortedRows(rows, model.sortColumn(), model.sortOrder()));
    QCOMPARE(idsInOrder(model),
             (QStringList{QStringLiteral("2401.00004"), QStringLiteral("2401.00003")}));
    QCOMPARE(gamma.row(), 1);
    // Rows prepared in another order are put in the model's order.
    model.setRows(
        PaperListModel::sortedRows(rows, PaperListModel::TitleColumn, Qt::AscendingOrder));
    QCOMPARE(idsInOrder(model).first(), QStringLiteral("2401.00004"));
}

void TestPaperListModel::newRowsShareUnchangedStrings()
{
    // Rows read again after an import reuse the strings of papers that did not change, so
    // dropping the old rows frees (almost) nothing.
    const auto readAgain = [] { // as from the database: every string a fresh copy
        QList<PaperRow> rows = sampleRows();
        for (PaperRow &row : rows) {
            row.arxivId = QString::fromUtf8(row.arxivId.toUtf8());
            row.title = QString::fromUtf8(row.title.toUtf8());
        }
        return rows;
    };
    PaperListModel model;
    model.setRows(readAgain());
    QList<PaperRow> reread = readAgain();
    reread[1].title = QStringLiteral("Alpha, revised");
    const PaperListModel::SortedRows previous = model.currentRows();
    const PaperListModel::SortedRows next =
        PaperListModel::sortedRows(reread, model.sortColumn(), model.sortOrder(), previous);
    const auto rowOf = [](const PaperListModel::SortedRows &rows, const QString &id) {
        return rows.rows.at(rows.rowById.value(id));
    };
    const QString beta = QStringLiteral("2401.00001");
    const QString alpha = QStringLiteral("2401.00002");
    QVERIFY(rowOf(next, beta).title.isSharedWith(rowOf(previous, beta).title));
    QVERIFY(rowOf(next, beta).arxivId.isSharedWith(rowOf(previous, beta).arxivId));
    QCOMPARE(rowOf(next, alpha).title, QStringLiteral("Alpha, revised"));
    QVERIFY(!rowOf(next, alpha).title.isSharedWith(rowOf(previous, alpha).title));
}

void TestPaperListModel::bigListsSortOnAWorker()
{
    // Past sortAtOnceUpTo rows a sort runs on a worker; marks set meanwhile are not undone.
    QList<PaperRow> rows;
    const int count = int(PaperListModel::sortAtOnceUpTo) + 5000;
    for (int i = 0; i < count; ++i) {
        // Titles in an order unrelated to votes: "T" + the digits of i reversed.
        QString digits = QString::number(i).rightJustified(5, u'0');
        std::reverse(digits.begin(), digits.end());
        rows.append({QStringLiteral("2401.%1").arg(i, 5, 10, QLatin1Char('0')),
                     QStringLiteral("T") + digits,
                     QDate(2024, 1, 1 + i % 28),
                     i,
                     false,
                     false,
                     {},
                     i + 1});
    }
    PaperListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(rows);
    QCOMPARE(model.index(0, 0).data(ItemRoles::ArxivIdRole).toString(),
             QStringLiteral("2401.%1").arg(count - 1)); // most votes first
    const QPersistentModelIndex tracked = model.indexOf(QStringLiteral("2401.00123"));
    model.sort(PaperListModel::TitleColumn, Qt::AscendingOrder);
    model.setStarred(QStringLiteral("2401.00042"), true); // while the worker sorts
    QTRY_COMPARE(model.index(0, PaperListModel::TitleColumn).data().toString(),
                 QStringLiteral("T00000"));
    QCOMPARE(model.index(1, PaperListModel::TitleColumn).data().toString(),
             QStringLiteral("T00001"));
    QVERIFY(model.rowFor(QStringLiteral("2401.00042"))->starred);
    QCOMPARE(model.starredCount(), 1);
    QCOMPARE(tracked.data(ItemRoles::ArxivIdRole).toString(), QStringLiteral("2401.00123"));
    QCOMPARE(model.rowCount(), count);
}

void TestPaperListModel::allReadHidesUnreadButThePinned()
{
    PaperListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows());
    model.setUnreadOnly(true);
    model.setPinned(QStringLiteral("2401.00005"));
    QCOMPARE(model.rowCount(), 3);
    model.setAllRead();
    QCOMPARE(idsInOrder(model), QStringList{QStringLiteral("2401.00005")});
    model.setUnreadOnly(false);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 0).data(ItemRoles::ReadRole).toBool());
}

QTEST_GUILESS_MAIN(TestPaperListModel)
#include "tst_paperlistmodel.moc"
