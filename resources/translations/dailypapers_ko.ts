<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>DayListModel</name>
    <message>
        <location filename="../../app/core/models/daylistmodel.cpp" line="68" />
        <source>All days</source>
        <translation>전체 날짜</translation>
    </message>
    <message>
        <location filename="../../app/core/models/daylistmodel.cpp" line="70" />
        <source>This week</source>
        <translation>이번 주</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/models/daylistmodel.cpp" line="77" />
        <source>%n paper(s)</source>
        <translation><numerusform>논문 %n편</numerusform></translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message>
        <location filename="../../ui/folderdialog.cpp" line="15" />
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/folderdialog.cpp" line="17" />
        <source>Library Folders</source>
        <translation>라이브러리 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/folderdialog.cpp" line="19" />
        <source>Digests in these folders (and their subfolders) are imported, and new or changed ones are imported as they appear. A clone of a digest repository works well.</source>
        <translation>이 폴더(와 하위 폴더)의 다이제스트를 가져오며, 새로 생기거나 바뀐 파일도 그때그때 가져옵니다. 다이제스트 저장소를 복제한 폴더를 추가하면 편리합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/folderdialog.cpp" line="27" />
        <source>&amp;Add Folder…</source>
        <translation>폴더 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/folderdialog.cpp" line="49" />
        <source>Add a Folder of Digests</source>
        <translation>다이제스트 폴더 추가</translation>
    </message>
    <message>
        <location filename="../../ui/folderdialog.cpp" line="62" />
        <source>Remove Folder</source>
        <translation>폴더 제거</translation>
    </message>
    <message>
        <location filename="../../ui/folderdialog.cpp" line="63" />
        <source>Stop watching %1 and remove the papers that came only from it?

Starred papers stay in the library; the files on disk are not touched.</source>
        <translation>%1 폴더 감시를 멈추고 이 폴더에서만 온 논문을 지울까요?

별표한 논문은 라이브러리에 남으며, 디스크의 파일은 건드리지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../ui/importstatus.cpp" line="16" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/importstatus.cpp" line="17" />
        <source>Stop the import; files already read stay imported</source>
        <translation>가져오기를 멈춥니다. 이미 읽은 파일은 그대로 남습니다</translation>
    </message>
    <message>
        <location filename="../../ui/importstatus.cpp" line="35" />
        <source>%v of %m files</source>
        <translation>파일 %m개 중 %v개</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="116" />
        <source>Offline: showing saved thumbnails</source>
        <translation>오프라인: 저장된 썸네일 표시 중</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="117" />
        <source>Thumbnails seen before still show; the others come back with the network (or Paper &gt; Reload Thumbnail).</source>
        <translation>이전에 본 썸네일은 계속 보입니다. 나머지는 네트워크가 돌아오면(또는 논문 &gt; 썸네일 다시 불러오기) 다시 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="232" />
        <source>Search titles, authors and summaries  ( / )</source>
        <translation>제목, 저자, 요약 검색  ( / )</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="293" />
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="294" />
        <source>The change could not be saved:

%1</source>
        <translation>변경 사항을 저장하지 못했습니다:

%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="298" />
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="304" />
        <source>Importing %1</source>
        <translation>%1 가져오는 중</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="315" />
        <source>&amp;Paper</source>
        <translation>논문(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="318" />
        <source>Re&amp;load Thumbnail</source>
        <translation>썸네일 다시 불러오기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="319" />
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="323" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="324" />
        <source>&amp;About Daily Papers</source>
        <translation>Daily Papers 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="326" />
        <source>About Daily Papers</source>
        <translation>Daily Papers 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Daily Papers %1&lt;/h3&gt;&lt;p&gt;A native reader for daily papers digests: offline, fast, yours.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Daily Papers %1&lt;/h3&gt;&lt;p&gt;데일리 페이퍼 다이제스트를 위한 네이티브 리더: 오프라인에서도, 빠르게, 내 것으로.&lt;/p&gt;&lt;p&gt;라이브러리: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="327" />
        <source>&lt;h3&gt;Daily Papers %1&lt;/h3&gt;&lt;p&gt;A native reader for daily papers digests: offline, fast, yours.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;&lt;p&gt;Thumbnail cache: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Daily Papers %1&lt;/h3&gt;&lt;p&gt;데일리 페이퍼 다이제스트를 위한 네이티브 리더: 오프라인에서도, 빠르게, 내 것으로.&lt;/p&gt;&lt;p&gt;라이브러리: %2&lt;/p&gt;&lt;p&gt;썸네일 캐시: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="337" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="338" />
        <source>&amp;Open Digests…</source>
        <translation>다이제스트 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="340" />
        <source>Import &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="341" />
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="342" />
        <source>&amp;Library Folders…</source>
        <translation>라이브러리 폴더(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="344" />
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="345" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="347" />
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="359" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="365" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="366" />
        <source>&amp;Starred Only</source>
        <translation>별표한 논문만(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="368" />
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="374" />
        <source>&amp;Unread Only</source>
        <translation>읽지 않은 논문만(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="376" />
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="383" />
        <source>Sort &amp;By</source>
        <translation>정렬 기준(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="385" />
        <source>&amp;Votes</source>
        <translation>투표 수(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="386" />
        <source>&amp;Date</source>
        <translation>날짜(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="387" />
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="403" />
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="404" />
        <source>&amp;Next Paper</source>
        <translation>다음 논문(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="406" />
        <source>&amp;Previous Paper</source>
        <translation>이전 논문(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="408" />
        <source>Next &amp;Unread Paper</source>
        <translation>다음 읽지 않은 논문(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="411" />
        <source>Ne&amp;xt Day</source>
        <translation>다음 날(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="413" />
        <source>Pre&amp;vious Day</source>
        <translation>이전 날(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="416" />
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="422" />
        <source>&amp;Clear Search</source>
        <translation>검색 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="431" />
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="495" />
        <source>This library is read-only: you can read it, but stars and read marks cannot be saved.</source>
        <translation>읽기 전용 라이브러리입니다. 읽을 수는 있지만 별표와 읽음 표시는 저장되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="499" />
        <source>Showing the bundled sample digest. Use File &gt; Open or drop digest files here.</source>
        <translation>함께 제공된 예시 다이제스트를 보여 주고 있습니다. 파일 &gt; 열기를 사용하거나 다이제스트 파일을 여기에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="526" />
        <source>The library could not be opened</source>
        <translation>라이브러리를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="527" />
        <source>%1

The file %2 was left untouched.</source>
        <translation>%1

%2 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="528" />
        <source>Library not opened</source>
        <translation>라이브러리를 열지 못함</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="529" />
        <source>The library %1 could not be opened.</source>
        <translation>라이브러리 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="531" />
        <source>%1

The file has not been changed or deleted. You can open another library, or start a new one beside it.</source>
        <translation>%1

파일은 바뀌거나 지워지지 않았습니다. 다른 라이브러리를 열거나, 옆에 새 라이브러리를 만들 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="534" />
        <source>Open Another Library…</source>
        <translation>다른 라이브러리 열기…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="535" />
        <source>Start a New Library</source>
        <translation>새 라이브러리 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="536" />
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="541" />
        <source>Open Library</source>
        <translation>라이브러리 열기</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="543" />
        <source>Daily Papers libraries (*.sqlite);;All files (*)</source>
        <translation>Daily Papers 라이브러리 (*.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="571" />
        <source>Loading the library…</source>
        <translation>라이브러리를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="574" />
        <source>No papers yet</source>
        <translation>아직 논문이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="575" />
        <source>Open a daily papers digest (File &gt; Open) or drop digest files and folders on this window.</source>
        <translation>데일리 페이퍼 다이제스트를 열거나(파일 &gt; 열기) 다이제스트 파일과 폴더를 이 창에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="579" />
        <source>Nothing matches</source>
        <translation>일치하는 논문이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="580" />
        <source>No paper passes the search, the day and the filters in the View menu. Esc clears the search.</source>
        <translation>검색어, 날짜, 보기 메뉴의 필터를 모두 만족하는 논문이 없습니다. Esc로 검색을 지울 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="600" />
        <source>Paper not found</source>
        <translation>논문을 찾을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="654" />
        <source>No unread papers left here.</source>
        <translation>여기에는 읽지 않은 논문이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="711" />
        <source>Open Digests</source>
        <translation>다이제스트 열기</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="712" />
        <source>Markdown digests (*.md *.markdown);;All files (*)</source>
        <translation>마크다운 다이제스트 (*.md *.markdown);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="717" />
        <source>Import a Folder of Digests</source>
        <translation>다이제스트 폴더 가져오기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="732" />
        <source>Removed %1; %n paper(s) that came only from it are gone (starred ones stay).</source>
        <translation><numerusform>%1을(를) 제거했습니다. 이 폴더에서만 온 논문 %n편을 지웠습니다(별표한 논문은 남습니다).</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="744" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="745" />
        <source>Markdown digest (*.md)</source>
        <translation>마크다운 다이제스트 (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="746" />
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="749" />
        <source>Export Starred Papers</source>
        <translation>별표한 논문 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="749" />
        <source>Export Papers</source>
        <translation>논문 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="760" />
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="761" />
        <source>%1 could not be written:

%2</source>
        <translation>%1에 쓸 수 없습니다:

%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="765" />
        <source>Exported %n paper(s) to %1</source>
        <translation><numerusform>논문 %n편을 %1(으)로 내보냈습니다</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="778" />
        <source>Imported %n file(s): </source>
        <translation><numerusform>파일 %n개를 가져왔습니다: </numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="779" />
        <source>%1 new, %2 updated papers</source>
        <translation>새 논문 %1편, 갱신된 논문 %2편</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="781" />
        <source>; %n file(s) already up to date</source>
        <translation><numerusform>; 파일 %n개는 이미 최신입니다</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="783" />
        <source> (cancelled)</source>
        <translation> (취소됨)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="785" />
        <source>; %n warning(s)</source>
        <translation><numerusform>; 경고 %n개</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="792" />
        <source>Import problems</source>
        <translation>가져오기 문제</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="794" />
        <source>No digest could be read from what was opened.</source>
        <translation>연 파일에서 읽을 수 있는 다이제스트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="795" />
        <source>Some files could not be stored: %1</source>
        <translation>일부 파일을 저장하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="805" />
        <source>%n paper(s)</source>
        <translation><numerusform>논문 %n편</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="806" />
        <source> · %n starred</source>
        <translation><numerusform> · 별표 %n편</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="808" />
        <source>%n shown of </source>
        <translation><numerusform>%n편 표시 / </numerusform></translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <location filename="../../ui/paperactions.cpp" line="19" />
        <location filename="../../ui/paperactions.cpp" line="78" />
        <source>&amp;Star</source>
        <translation>별표(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/paperactions.cpp" line="22" />
        <location filename="../../ui/paperactions.cpp" line="79" />
        <source>Mark as &amp;Unread</source>
        <translation>읽지 않음으로 표시(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/paperactions.cpp" line="23" />
        <source>Mark &amp;All as Read</source>
        <translation>모두 읽음으로 표시(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/paperactions.cpp" line="23" />
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../../ui/paperactions.cpp" line="26" />
        <source>Open &amp;Abstract</source>
        <translation>초록 열기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/paperactions.cpp" line="27" />
        <source>Open &amp;PDF</source>
        <translation>PDF 열기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/paperactions.cpp" line="28" />
        <source>Open on &amp;Hugging Face</source>
        <translation>Hugging Face에서 열기(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/paperactions.cpp" line="31" />
        <source>&amp;Copy Link</source>
        <translation>링크 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/paperactions.cpp" line="31" />
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../ui/paperactions.cpp" line="33" />
        <source>Copy &amp;BibTeX</source>
        <translation>BibTeX 복사(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/paperactions.cpp" line="78" />
        <source>Un&amp;star</source>
        <translation>별표 해제(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/paperactions.cpp" line="79" />
        <source>Mark as &amp;Read</source>
        <translation>읽음으로 표시(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/paperactions.cpp" line="141" />
        <source>Copied %1</source>
        <translation>%1 복사함</translation>
    </message>
    <message>
        <location filename="../../ui/paperactions.cpp" line="152" />
        <source>Copied the BibTeX entry of arXiv:%1</source>
        <translation>arXiv:%1의 BibTeX 항목을 복사했습니다</translation>
    </message>
</context>
<context>
    <name>PaperHtml</name>
    <message>
        <location filename="../../app/core/render/paperhtml.cpp" line="130" />
        <source>vote</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../../app/core/render/paperhtml.cpp" line="130" />
        <source>votes</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../../app/core/render/paperhtml.cpp" line="131" />
        <source>no votes</source>
        <translation>투표 없음</translation>
    </message>
    <message>
        <location filename="../../app/core/render/paperhtml.cpp" line="141" />
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <location filename="../../app/core/render/paperhtml.cpp" line="145" />
        <source>Starred</source>
        <translation>별표함</translation>
    </message>
    <message>
        <location filename="../../app/core/render/paperhtml.cpp" line="147" />
        <source>Star</source>
        <translation>별표</translation>
    </message>
    <message>
        <location filename="../../app/core/render/paperhtml.cpp" line="154" />
        <source>Votes by day:</source>
        <translation>날짜별 투표:</translation>
    </message>
    <message>
        <location filename="../../app/core/render/paperhtml.cpp" line="184" />
        <source>This digest entry has no summary.</source>
        <translation>이 다이제스트 항목에는 요약이 없습니다.</translation>
    </message>
</context>
<context>
    <name>PaperListModel</name>
    <message>
        <location filename="../../app/core/models/paperlistmodel.cpp" line="211" />
        <source>Starred (click to unstar)</source>
        <translation>별표함 (누르면 해제)</translation>
    </message>
    <message>
        <location filename="../../app/core/models/paperlistmodel.cpp" line="211" />
        <source>Click to star</source>
        <translation>눌러서 별표</translation>
    </message>
    <message>
        <location filename="../../app/core/models/paperlistmodel.cpp" line="217" />
        <location filename="../../app/core/models/paperlistmodel.cpp" line="252" />
        <source>Starred</source>
        <translation>별표함</translation>
    </message>
    <message>
        <location filename="../../app/core/models/paperlistmodel.cpp" line="217" />
        <source>Not starred</source>
        <translation>별표 안 함</translation>
    </message>
    <message>
        <location filename="../../app/core/models/paperlistmodel.cpp" line="244" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../app/core/models/paperlistmodel.cpp" line="246" />
        <source>Votes</source>
        <translation>투표</translation>
    </message>
    <message>
        <location filename="../../app/core/models/paperlistmodel.cpp" line="248" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="28" />
        <source>Open on the newest digest day</source>
        <translation>가장 최근 다이제스트 날짜로 열기</translation>
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="32" />
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="34" />
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="40" />
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="42" />
        <source>Large</source>
        <translation>크게</translation>
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="43" />
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="44" />
        <source>Small</source>
        <translation>작게</translation>
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="45" />
        <source>None (compact rows)</source>
        <translation>없음 (촘촘한 행)</translation>
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="52" />
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="59" />
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="60" />
        <source>Thumbnail cache:</source>
        <translation>썸네일 캐시:</translation>
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="61" />
        <source>Thumbnails in the list:</source>
        <translation>목록의 썸네일:</translation>
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="63" />
        <source>Library:</source>
        <translation>라이브러리:</translation>
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="65" />
        <source>Language and library take effect the next time Daily Papers starts.</source>
        <translation>언어와 라이브러리는 Daily Papers를 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="105" />
        <source>Library File</source>
        <translation>라이브러리 파일</translation>
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="106" />
        <source>Daily Papers libraries (*.sqlite)</source>
        <translation>Daily Papers 라이브러리 (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>UrlOpener</name>
    <message>
        <location filename="../../ui/urlopener.cpp" line="18" />
        <source>Refused to open "%1": only http and https links are opened.</source>
        <translation>"%1"을(를) 열지 않았습니다: http와 https 링크만 엽니다.</translation>
    </message>
    <message>
        <location filename="../../ui/urlopener.cpp" line="26" />
        <source>Could not open %1 in the browser.</source>
        <translation>%1을(를) 브라우저에서 열 수 없습니다.</translation>
    </message>
</context>
</TS>