package browser

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestServerRefusesForeignRequests: without the token, with another Host
// (DNS rebinding) or from another Origin, the server answers nothing but a
// refusal; the page's own requests pass, with the strict CSP.
func TestServerRefusesForeignRequests(t *testing.T) {
	s, err := Start(Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	base := "http://" + s.host
	page := s.URL()
	do := func(method, url string, hdr map[string]string, body string) (int, string, http.Header) {
		t.Helper()
		req, err := http.NewRequest(method, url, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range hdr {
			if k == "Host" {
				req.Host = v
				continue
			}
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b), resp.Header
	}
	json := map[string]string{"Origin": base, "Content-Type": "application/json"}
	cases := []struct {
		name, method, url string
		hdr               map[string]string
		body              string
		want              int
		says              string
	}{
		{"the page", "GET", page, nil, "", 200, "<title>escape"},
		{"its script", "GET", page + "app.js", nil, "", 200, "eip6963:requestProvider"},
		{"its state", "GET", page + "api/state", nil, "", 200, `"wallet"`},
		{"no token", "GET", base + "/", nil, "", 403, "no valid token"},
		{"no token, api", "GET", base + "/api/state", nil, "", 403, "no valid token"},
		{"a wrong token", "GET", base + "/t/" + strings.Repeat("0", len(s.token)) + "/api/state", nil, "", 403, "no valid token"},
		{"a token prefix", "GET", base + "/t/" + s.token[:10] + "/", nil, "", 403, "no valid token"},
		{"another Host", "GET", page, map[string]string{"Host": "evil.example:" + strings.Split(s.host, ":")[1]}, "", 403, "wrong Host"},
		{"localhost as Host", "GET", page, map[string]string{"Host": "localhost"}, "", 403, "wrong Host"},
		{"another Origin", "GET", page + "api/state", map[string]string{"Origin": "https://evil.example"}, "", 403, "another Origin"},
		{"another site", "GET", page + "api/state", map[string]string{"Sec-Fetch-Site": "cross-site"}, "", 403, "another site"},
		{"a POST from another Origin", "POST", page + "api/wallet", map[string]string{"Origin": "http://127.0.0.1:1", "Content-Type": "application/json"}, `{}`, 403, "another Origin"},
		{"a POST without Origin", "POST", page + "api/wallet", map[string]string{"Content-Type": "application/json"}, `{}`, 403, "without Origin"},
		{"a form POST", "POST", page + "api/wallet", map[string]string{"Origin": base, "Content-Type": "application/x-www-form-urlencoded"}, `a=b`, 403, "not JSON"},
		{"a result without a request", "POST", page + "api/result", json, `{"id":1}`, 409, "no such request"},
		{"the token in the query", "GET", base + "/api/state?t=" + s.token, nil, "", 403, "no valid token"},
		{"a sandboxed or file page (Origin null)", "GET", page + "api/state", map[string]string{"Origin": "null"}, "", 403, "another Origin"},
		{"same site, other origin", "GET", page + "api/state", map[string]string{"Sec-Fetch-Site": "same-site"}, "", 403, "another site"},
		{"a CORS preflight", "OPTIONS", page + "api/wallet", map[string]string{"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}, "", 403, "another Origin"},
		{"a PUT", "PUT", page + "api/wallet", json, `{}`, 403, "method"},
	}
	for _, c := range cases {
		code, body, hdr := do(c.method, c.url, c.hdr, c.body)
		if code != c.want || !strings.Contains(body, c.says) {
			t.Errorf("%s: got %d %q, want %d with %q", c.name, code, body, c.want, c.says)
		}
		if hdr.Get("Content-Security-Policy") != CSP {
			t.Errorf("%s: CSP header %q", c.name, hdr.Get("Content-Security-Policy"))
		}
	}
	// A wallet report from the page itself is taken.
	if code, body, _ := do("POST", page+"api/wallet", json, `{"name":"t","account":"0x0000000000000000000000000000000000000001","chainId":1}`); code != 200 {
		t.Fatalf("the page's own wallet report: %d %s", code, body)
	}
}

// TestAssetsLoadNothingElse: the page names no other origin and has no
// inline script, so the CSP (script-src 'self') leaves it working.
func TestAssetsLoadNothingElse(t *testing.T) {
	for _, name := range []string{"index.html", "app.js", "style.css"} {
		b, err := assets.ReadFile("assets/" + name)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for _, bad := range []string{"http://", "https://", "//cdn", "onclick=", "javascript:"} {
			if strings.Contains(s, bad) {
				t.Errorf("%s contains %q", name, bad)
			}
		}
		if name == "index.html" && strings.Count(s, "<script") != strings.Count(s, "<script src=") {
			t.Errorf("index.html has an inline script")
		}
	}
}
