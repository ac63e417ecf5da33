package chain

import (
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strings"

	"github.com/l2escape/escape/escape"
)

// CodeBadURL is the error code of an RPC value that is not an http(s):// or
// ws(s):// URL. It is a usage error: nothing was dialled.
const CodeBadURL = "bad-rpc-url"

// CheckURLs refuses, before anything is dialled, an RPC value that cannot
// be a URL escape speaks, so that a typo such as "localhost:8545" is named
// as a bad value instead of surfacing later as an outage ("check your
// internet connection"). source names where the values came from
// ("--l1-rpc", "ESCAPE_L1_RPC"). Values are never repeated in full unless
// they are a plain host[:port]: URLs carry API keys in their path, query or
// user info, and a value in the wrong variable may be a private key.
func CheckURLs(source string, urls []string) error {
	for _, raw := range urls {
		problem, suggestion := checkURL(strings.TrimSpace(raw))
		if problem == "" {
			continue
		}
		hint := "an RPC URL starts with http://, https://, ws:// or wss://, then the host"
		if suggestion != "" {
			hint = "did you mean " + suggestion + "? " + hint
		}
		return escape.Errorf(CodeBadURL, hint, "%s was given %s, which is not an RPC URL: %s", source, shown(raw), problem)
	}
	return nil
}

var (
	// hostPort is a host name or IPv4 address, optionally with a port: a
	// value that holds no secret and can be shown as typed.
	hostPort = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?$`)
	// longHex is a run of hex digits as long as half a private key or an
	// API key: a value holding one is never shown.
	longHex = regexp.MustCompile(`[0-9a-fA-F]{32,}`)
	// httpTypo is a scheme made of http's letters ("htps", "htp", "htttp"):
	// worth a guess, where "ftp" is not.
	httpTypo = regexp.MustCompile(`^(?i)[hH][hHtTpPsS]{1,5}$`)
)

// checkURL says what is wrong with one value ("" if nothing) and, where
// the value looks like a host or a URL missing its scheme, the URL the user
// probably meant (shown without its path and query).
func checkURL(raw string) (problem, suggestion string) {
	if raw == "" {
		return "it is empty", ""
	}
	if scheme, rest, ok := strings.Cut(raw, "://"); ok {
		u, err := url.Parse(raw)
		switch {
		case !knownScheme(scheme):
			guess := ""
			if httpTypo.MatchString(scheme) {
				guess = guessScheme(rest)
			}
			return fmt.Sprintf("escape speaks http(s) and ws(s), not %q", shortScheme(scheme)), guess
		case err != nil:
			return "it does not parse as a URL", ""
		case u.Hostname() == "":
			return "it has no host after " + strings.ToLower(scheme) + "://", ""
		}
		return "", ""
	}
	host, _, _ := strings.Cut(raw, "/")
	if longHex.MatchString(host) {
		return "it looks like a key or a hash, not an address to connect to", ""
	}
	if hostPort.MatchString(host) {
		return "it has no scheme (http:// or https://)", guessScheme(raw)
	}
	return "it has no scheme (http://, https://, ws:// or wss://) and is not a host name", ""
}

// guessScheme is the URL a schemeless host[:port][/path] was probably
// meant as: http:// for a local node or an explicit port, else https://
// (public providers). The path is replaced by "…": it may hold a key.
func guessScheme(rest string) string {
	host, path, _ := strings.Cut(rest, "/")
	if i := strings.LastIndex(host, "@"); i >= 0 {
		host = host[i+1:] // the user info is a password
	}
	if !hostPort.MatchString(host) || longHex.MatchString(host) {
		return ""
	}
	scheme := "https://"
	name, port, hasPort := strings.Cut(host, ":")
	if hasPort && port != "443" || local(name) {
		scheme = "http://"
	}
	s := scheme + host
	if path != "" {
		s += "/…"
	}
	return s
}

func local(host string) bool {
	if host == "localhost" || strings.HasSuffix(host, ".local") || !strings.Contains(host, ".") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && (ip.IsLoopback() || ip.IsPrivate())
}

// shortScheme shows a mistyped scheme unless it could be a secret.
func shortScheme(s string) string {
	if len(s) > 10 || longHex.MatchString(s) {
		return s[:min(len(s), 4)] + "…"
	}
	return s
}

// shown is how a refused value is repeated: a plain host[:port] as typed,
// a URL as its scheme and host, anything else by its length only.
func shown(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "an empty value"
	}
	scheme, rest, hasScheme := strings.Cut(raw, "://")
	if !hasScheme {
		scheme, rest = "", raw
	}
	host, _, _ := strings.Cut(rest, "/")
	host, _, _ = strings.Cut(host, "?")
	if i := strings.LastIndex(host, "@"); i >= 0 && hasScheme {
		host = host[i+1:] // the user info is a password
	}
	if !hostPort.MatchString(host) || longHex.MatchString(host) || len(scheme) > 10 || longHex.MatchString(scheme) {
		return fmt.Sprintf("a value of %d characters (not repeated here: it may hold a key)", len(raw))
	}
	s := host
	if hasScheme {
		s = strings.ToLower(scheme) + "://" + host
	}
	if len(host) < len(rest) {
		s += "/…"
	}
	return fmt.Sprintf("%q", s)
}
