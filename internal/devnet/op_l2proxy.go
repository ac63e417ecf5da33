package devnet

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"time"
)

// opL2Proxy sits between clients and the L2 anvil and fixes the one way
// anvil's answers differ from an OP node's that op-geth's client cannot
// read: anvil gives deposit transactions (type 0x7e) zero signature values
// as 32-byte zero-padded hex ("0x0000…"), which go-ethereum's JSON decoding
// rejects ("hex number with leading zero digits"); op-geth answers "0x0".
// Without this, eth_getTransactionByHash of a deposit and
// eth_getBlockByNumber with full transactions fail on the devnet only.
type opL2Proxy struct {
	URL    string
	target string
	srv    *http.Server
	client *http.Client
}

func startOPL2Proxy(target string) (*opL2Proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &opL2Proxy{URL: "http://" + ln.Addr().String(), target: target, client: &http.Client{Timeout: 60 * time.Second}}
	p.srv = &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = p.srv.Serve(ln) }()
	return p, nil
}

func (p *opL2Proxy) Close() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_ = p.srv.Shutdown(ctx)
}

func (p *opL2Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	req, err := http.NewRequestWithContext(r.Context(), r.Method, p.target, bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	if bytes.Contains(out, []byte(`"0x7e"`)) {
		if fixed, err := fixDepositSignatures(out); err == nil {
			out = fixed
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(out)
}

// fixDepositSignatures rewrites r, s and v of every deposit transaction
// object in a JSON-RPC answer to "0x0".
func fixDepositSignatures(body []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	changed := false
	var walk func(any)
	walk = func(x any) {
		switch t := x.(type) {
		case map[string]any:
			if t["type"] == "0x7e" {
				if _, ok := t["sourceHash"]; ok {
					for _, k := range []string{"r", "s", "v"} {
						if _, ok := t[k]; ok {
							t[k] = "0x0"
							changed = true
						}
					}
				}
			}
			for _, e := range t {
				walk(e)
			}
		case []any:
			for _, e := range t {
				walk(e)
			}
		}
	}
	walk(v)
	if !changed {
		return nil, errors.New("nothing to fix")
	}
	return json.Marshal(v)
}
