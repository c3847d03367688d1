package cn.xuchang.ems.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.crs.CrsRegistry;
import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.store.InMemoryResourceStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format: what we export imports back with the same typed attributes, name and place. */
class FormatRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyKindSurvivesExportAndImport(ExportFormat format) throws Exception {
        for (Resource original : TestResources.oneOfEach()) {
            Path file = dir.resolve(original.kind().code() + format.extension());
            ResourceExport.export(List.of(original), original.kind(), format, file, ExportOptions.defaults());
            InMemoryResourceStore target = new InMemoryResourceStore();
            ImportReport report = new ResourceImport(target, Optional.empty(), Clock.systemUTC())
                    .run(ImportRequest.of(file, original.kind(), "c"), ImportProgress.NONE);
            String what = format + " " + original.kind().code();
            assertThat(report.errors()).as(what).isEmpty();
            assertThat(target.count()).as(what).isEqualTo(1);
            Resource back = target.loadAll().get(0);
            assertThat(back.details()).as(what).isEqualTo(original.details());
            assertThat(back.name()).as(what).isEqualTo(original.name());
            assertThat(back.id()).as(what).isEqualTo(original.id());
            assertThat(back.countyCode()).as(what).isEqualTo(original.countyCode());
            assertThat(Geodesy.distance(back.location(), original.location())).as(what).isLessThan(0.001);
            assertThat(back.provenance().source()).isEqualTo(file.getFileName().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"GEOJSON", "CSV", "SHAPEFILE", "GEOPACKAGE", "XLSX"})
    void gaussKrugerExportsImportBackToTheSamePlace(ExportFormat format) throws Exception {
        Resource original = TestResources.team();
        Path file = dir.resolve("gk" + format.extension());
        ResourceExport.export(List.of(original), original.kind(), format, file,
                new ExportOptions(CrsRegistry.parse("epsg:4547"), StandardCharsets.UTF_8));
        InMemoryResourceStore target = new InMemoryResourceStore();
        ImportReport report = new ResourceImport(target, Optional.empty(), Clock.systemUTC())
                .run(ImportRequest.of(file, original.kind(), "c"), ImportProgress.NONE);
        assertThat(report.errors()).as(format.code()).isEmpty();
        assertThat(report.sourceCrs()).as(format.code()).isEqualTo("EPSG:4547");
        assertThat(Geodesy.distance(target.loadAll().get(0).location(), original.location())).isLessThan(0.01);
    }
}
