/*
 * floor: the least work any libyaml-based roadmap loader has to do, as a yardstick for bench/run.
 *
 *     floor PATH...      (a PATH that is a folder stands for its *.yaml / *.yml files, in name order)
 *
 * For each file, one after the other on one thread: read it whole into memory, run libyaml's
 * event parser (yaml_parser_parse) over it to the end of the stream, and count the events.
 * Nothing else: no scalar copies, no tree, no hashing. Prints one line,
 *
 *     files=N bytes=N events=N
 *
 * and exits 1 if a file cannot be read or parsed (with file:line:column on stderr).
 *
 * Built by bench/run:  cc -O2 -o bench/out/floor bench/floor.c $(pkg-config --cflags --libs yaml-0.1)
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

struct totals {
    unsigned long long files, bytes, events;
};

/* Reads the whole file at path into a malloc'd buffer; returns NULL (and says why) on failure. */
static unsigned char *slurp(const char *path, size_t *size_out) {
    FILE *file = fopen(path, "rb");
    if (!file) {
        fprintf(stderr, "floor: %s: %s\n", path, strerror(errno));
        return NULL;
    }
    struct stat info;
    if (fstat(fileno(file), &info) != 0 || !S_ISREG(info.st_mode)) {
        fprintf(stderr, "floor: %s: not a readable regular file\n", path);
        fclose(file);
        return NULL;
    }
    size_t size = (size_t)info.st_size;
    unsigned char *bytes = malloc(size ? size : 1);
    if (!bytes) {
        fprintf(stderr, "floor: out of memory\n");
        exit(2);
    }
    size_t got = fread(bytes, 1, size, file);
    fclose(file);
    if (got != size) {
        fprintf(stderr, "floor: %s: short read\n", path);
        free(bytes);
        return NULL;
    }
    *size_out = size;
    return bytes;
}

/* Parses one file to the end of its event stream; returns 0 on success. */
static int parse(const char *path, struct totals *totals) {
    size_t size = 0;
    unsigned char *bytes = slurp(path, &size);
    if (!bytes) return 1;

    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        fprintf(stderr, "floor: cannot initialise libyaml\n");
        exit(2);
    }
    yaml_parser_set_input_string(&parser, bytes, size);

    int status = 0;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "floor: %s:%lu:%lu: %s\n", path, (unsigned long)parser.problem_mark.line + 1,
                    (unsigned long)parser.problem_mark.column + 1, parser.problem ? parser.problem : "parse error");
            status = 1;
            break;
        }
        totals->events++;
        int end = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (end) break;
    }
    yaml_parser_delete(&parser);
    free(bytes);
    totals->files++;
    totals->bytes += size;
    return status;
}

static int has_yaml_extension(const struct dirent *entry) {
    const char *dot = strrchr(entry->d_name, '.');
    return dot && dot != entry->d_name && (strcmp(dot, ".yaml") == 0 || strcmp(dot, ".yml") == 0);
}

int main(int argc, char **argv) {
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        fprintf(argc < 2 ? stderr : stdout, "usage: floor PATH...   (files, or folders of *.yaml/*.yml)\n");
        return argc < 2 ? 2 : 0;
    }
    struct totals totals = {0, 0, 0};
    int status = 0;
    for (int i = 1; i < argc; i++) {
        struct stat info;
        if (stat(argv[i], &info) == 0 && S_ISDIR(info.st_mode)) {
            struct dirent **entries;
            int count = scandir(argv[i], &entries, has_yaml_extension, alphasort);
            if (count < 0) {
                fprintf(stderr, "floor: %s: %s\n", argv[i], strerror(errno));
                status = 1;
                continue;
            }
            for (int k = 0; k < count; k++) {
                size_t length = strlen(argv[i]) + strlen(entries[k]->d_name) + 2;
                char *path = malloc(length);
                snprintf(path, length, "%s/%s", argv[i], entries[k]->d_name);
                status |= parse(path, &totals);
                free(path);
                free(entries[k]);
            }
            free(entries);
        } else {
            status |= parse(argv[i], &totals);
        }
    }
    printf("files=%llu bytes=%llu events=%llu\n", totals.files, totals.bytes, totals.events);
    return status;
}
