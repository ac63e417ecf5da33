package opstack

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// pack takes the signature from the binding of the generation it is given:
// a method whose arguments changed between portal versions encodes as that
// version's, and the words are those sel wrote by hand before.
func TestPackEncodesEachGenerationsSignature(t *testing.T) {
	h := common.HexToHash("0x1234")
	who := common.HexToAddress("0xabcd")
	for _, c := range []struct {
		name string
		got  []byte
		want []byte
	}{
		{"2.x provenWithdrawals", pack(portalABI, "provenWithdrawals", h), sel("provenWithdrawals(bytes32)", h.Bytes())},
		{"3.x provenWithdrawals", pack(portal2ABI, "provenWithdrawals", h, who), sel("provenWithdrawals(bytes32,address)", h.Bytes(), who.Bytes())},
		{"5.x provenWithdrawals", pack(portalNowABI, "provenWithdrawals", h, who), sel("provenWithdrawals(bytes32,address)", h.Bytes(), who.Bytes())},
		{"proofSubmitters", pack(portal2ABI, "proofSubmitters", h, big.NewInt(3)), sel("proofSubmitters(bytes32,uint256)", h.Bytes(), u64word(3))},
		{"gameImpls", pack(dgfABI, "gameImpls", uint32(1)), sel("gameImpls(uint32)", u64word(1))},
		{"expiration", pack(superchainABI, "expiration", who), sel("expiration(address)", who.Bytes())},
		{"ethLockbox", pack(portalNowABI, "ethLockbox"), sel("ethLockbox()")},
	} {
		if !bytes.Equal(c.got, c.want) {
			t.Errorf("%s: packed %x, want %x", c.name, c.got, c.want)
		}
	}
	id := portal2ABI().Errors["OutOfGas"].ID
	if !isOutOfGasRevert(id[:4]) || string(id[:4]) != string(crypto.Keccak256([]byte("OutOfGas()"))[:4]) {
		t.Errorf("OutOfGas from the portal binding is %x", id[:4])
	}
	// A method a generation's binding lacks is a bug caught at once.
	defer func() {
		if recover() == nil {
			t.Error("packing the 2.x portal's provenWithdrawals with a prover did not fail")
		}
	}()
	pack(portalABI, "provenWithdrawals", h, who)
}
