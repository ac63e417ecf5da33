package opstack

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// The cross-domain message encoding and versioned hash. Vectors:
// op-chain-ops/crossdomain message_test.go (optimism v1.19.6), TestEncode
// "V1" (the relayMessage calldata) and TestHash "V0" and "V1".
func TestCrossDomainMessageHashVectors(t *testing.T) {
	versioned := func(nonce, version int64) *big.Int {
		return new(big.Int).Or(big.NewInt(nonce), new(big.Int).Lsh(big.NewInt(version), 240))
	}
	enc := &crossDomainMessage{Nonce: versioned(1, 1), Sender: common.Address{19: 1}, Target: common.Address{19: 2},
		Value: big.NewInt(100), MinGasLimit: big.NewInt(555), Message: []byte{}}
	got, err := enc.encode()
	if err != nil {
		t.Fatal(err)
	}
	want := hexutil.MustDecode("0xd764ad0b0001000000000000000000000000000000000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000000100000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000064000000000000000000000000000000000000000000000000000000000000022b00000000000000000000000000000000000000000000000000000000000000c00000000000000000000000000000000000000000000000000000000000000000")
	if hexutil.Encode(got) != hexutil.Encode(want) {
		t.Fatalf("v1 encoding\n got %x\nwant %x", got, want)
	}
	// The withdrawal data decodes back to the same message.
	back, err := decodeRelayMessage(got)
	if err != nil || back.Nonce.Cmp(enc.Nonce) != 0 || back.Target != enc.Target || back.MinGasLimit.Int64() != 555 || back.version() != 1 {
		t.Fatalf("decoded %+v, %v", back, err)
	}
	for _, tc := range []struct {
		name string
		m    *crossDomainMessage
		want string
	}{
		{"V0", &crossDomainMessage{Nonce: versioned(0, 0), Target: common.Address{19: 1}, Value: big.NewInt(10), MinGasLimit: big.NewInt(5), Message: []byte{}},
			"0x5bb579a193681e7c4d43c8c2e4bc6c2c447d21ef9fa887ca23b2d3f9a0fac065"},
		{"V1", &crossDomainMessage{Nonce: versioned(0, 1), Target: common.Address{19: 1}, Value: big.NewInt(0), MinGasLimit: big.NewInt(5), Message: []byte{}},
			"0x09bbda7f59cdaccab5c41cab4600bd458b2bd7d9f8410f13316fe07e5f4237cc"},
	} {
		h, err := tc.m.hash()
		if err != nil {
			t.Fatal(err)
		}
		if h != common.HexToHash(tc.want) {
			t.Errorf("%s hash %s, want %s", tc.name, h.Hex(), tc.want)
		}
	}
}
