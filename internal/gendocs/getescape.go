package gendocs

// GetEscape is the "How to get escape" section, at the top of
// docs/emergency.md (generated here) and of README.md (written by hand with
// the same text): a frightened user must find it before anything else. No
// fenced commands, so that the README's first two commands stay its build
// and test commands.
const GetEscape = "## How to get escape\n\n" +
	"One static binary, no installer. Either:\n\n" +
	"- **Download a release** (no Go needed): from https://github.com/l2escape/escape/releases take\n" +
	"  `escape-VERSION-OS-ARCH` for your system (linux, darwin or windows; amd64 or arm64) and `SHA256SUMS`, into one\n" +
	"  directory. Check it before running it: `sha256sum -c SHA256SUMS --ignore-missing` must print `OK` for your file\n" +
	"  (on macOS: `grep YOUR-FILE-NAME SHA256SUMS | shasum -a 256 -c`). Then `chmod +x` it and rename it `escape`.\n" +
	"- **Or build it from source** with Go ≥ 1.26: `CGO_ENABLED=0 go install github.com/l2escape/escape/cmd/escape@latest`\n" +
	"  puts `escape` in `$(go env GOPATH)/bin` (a tag such as `@v1.2.3` instead of `@latest` pins a release). From a\n" +
	"  clone, `CGO_ENABLED=0 go install ./cmd/escape` does the same, and the README's build command makes `bin/escape`.\n"
