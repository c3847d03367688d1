package cn.xuchang.ems.data.edit;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.store.ResourceWriter;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One undoable change to the stored resources: an added, changed (attributes or position) or
 * deleted resource. Each knows its inverse and what the store must hold before it applies, so that
 * undo never overwrites someone else's later change. Immutable.
 */
public sealed interface ResourceEdit {

    /** The resource concerned. */
    UUID id();

    /** What the store must hold for this edit to apply (empty: the id must be absent). */
    Optional<Resource> expectedBefore();

    /** Writes the change in the caller's transaction. */
    void apply(ResourceWriter writer);

    /** The edit that reverts this one. */
    ResourceEdit inverse();

    /** A short description for menus ("edit 魏都区消防救援大队"). */
    String label();

    /** A new resource. */
    record Add(Resource resource) implements ResourceEdit {
        public Add {
            Objects.requireNonNull(resource, "resource");
        }

        @Override
        public UUID id() {
            return resource.id();
        }

        @Override
        public Optional<Resource> expectedBefore() {
            return Optional.empty();
        }

        @Override
        public void apply(ResourceWriter writer) {
            writer.save(resource);
        }

        @Override
        public ResourceEdit inverse() {
            return new Delete(resource);
        }

        @Override
        public String label() {
            return "add " + resource.name();
        }
    }

    /** A changed resource (attributes, name or geometry), same id. */
    record Update(Resource before, Resource after) implements ResourceEdit {
        public Update {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            if (!before.id().equals(after.id())) {
                throw new IllegalArgumentException("an update keeps the id: " + before.id() + " vs " + after.id());
            }
        }

        @Override
        public UUID id() {
            return before.id();
        }

        @Override
        public Optional<Resource> expectedBefore() {
            return Optional.of(before);
        }

        @Override
        public void apply(ResourceWriter writer) {
            writer.save(after);
        }

        @Override
        public ResourceEdit inverse() {
            return new Update(after, before);
        }

        @Override
        public String label() {
            return "edit " + after.name();
        }
    }

    /** A deleted resource. */
    record Delete(Resource resource) implements ResourceEdit {
        public Delete {
            Objects.requireNonNull(resource, "resource");
        }

        @Override
        public UUID id() {
            return resource.id();
        }

        @Override
        public Optional<Resource> expectedBefore() {
            return Optional.of(resource);
        }

        @Override
        public void apply(ResourceWriter writer) {
            writer.delete(resource.id());
        }

        @Override
        public ResourceEdit inverse() {
            return new Add(resource);
        }

        @Override
        public String label() {
            return "delete " + resource.name();
        }
    }
}
