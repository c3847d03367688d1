package cn.xuchang.ems.app.ui.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookmarkFileTest {
    @TempDir
    Path dir;

    @Test
    void savedBookmarksComeBackInOrder() {
        BookmarkFile file = new BookmarkFile(dir);
        assertThat(file.load()).isEmpty();
        List<ViewBookmark> saved = List.of(new ViewBookmark("许昌东站", 492_000.5, 3_769_000.25, 2.5),
                new ViewBookmark("禹州 化工园区", 455_000, 3_780_000, 12));
        file.save(saved);
        assertThat(new BookmarkFile(dir).load()).isEqualTo(saved);
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aDamagedFileIsNamedWithTheBookmarkAndField() throws Exception {
        Files.writeString(dir.resolve(BookmarkFile.FILE_NAME),
                "{\"version\":1,\"bookmarks\":[{\"name\":\"a\",\"centre_e\":1,\"centre_n\":2,\"metres_per_pixel\":3},"
                        + "{\"name\":\"b\",\"centre_e\":\"east\",\"centre_n\":2,\"metres_per_pixel\":3}]}");
        assertThatThrownBy(() -> new BookmarkFile(dir).load())
                .hasMessageContaining(BookmarkFile.FILE_NAME).hasMessageContaining("bookmark 2")
                .hasMessageContaining("centre_e");
    }

    @Test
    void invalidJsonSaysWhereAndWhatToDo() throws Exception {
        Files.writeString(dir.resolve(BookmarkFile.FILE_NAME), "{\n\"bookmarks\": [\n{,}\n]}");
        assertThatThrownBy(() -> new BookmarkFile(dir).load())
                .hasMessageContaining("line 3").hasMessageContaining("fix or delete");
    }
}
