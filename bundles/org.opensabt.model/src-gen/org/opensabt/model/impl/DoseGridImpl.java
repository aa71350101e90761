/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.opensabt.model.DoseGrid;
import org.opensabt.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dose Grid</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.DoseGridImpl#getOriginMm <em>Origin Mm</em>}</li>
 *   <li>{@link org.opensabt.model.impl.DoseGridImpl#getSpacingMm <em>Spacing Mm</em>}</li>
 *   <li>{@link org.opensabt.model.impl.DoseGridImpl#getRowDirection <em>Row Direction</em>}</li>
 *   <li>{@link org.opensabt.model.impl.DoseGridImpl#getColumnDirection <em>Column Direction</em>}</li>
 *   <li>{@link org.opensabt.model.impl.DoseGridImpl#getSliceDirection <em>Slice Direction</em>}</li>
 *   <li>{@link org.opensabt.model.impl.DoseGridImpl#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.opensabt.model.impl.DoseGridImpl#getRows <em>Rows</em>}</li>
 *   <li>{@link org.opensabt.model.impl.DoseGridImpl#getSlices <em>Slices</em>}</li>
 *   <li>{@link org.opensabt.model.impl.DoseGridImpl#getDoseUnit <em>Dose Unit</em>}</li>
 *   <li>{@link org.opensabt.model.impl.DoseGridImpl#getDoseFile <em>Dose File</em>}</li>
 *   <li>{@link org.opensabt.model.impl.DoseGridImpl#getDoseSha256 <em>Dose Sha256</em>}</li>
 *   <li>{@link org.opensabt.model.impl.DoseGridImpl#getDoseValues <em>Dose Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DoseGridImpl extends MinimalEObjectImpl.Container implements DoseGrid {
	/**
	 * The cached value of the '{@link #getOriginMm() <em>Origin Mm</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginMm()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> originMm;

	/**
	 * The cached value of the '{@link #getSpacingMm() <em>Spacing Mm</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpacingMm()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> spacingMm;

	/**
	 * The cached value of the '{@link #getRowDirection() <em>Row Direction</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowDirection()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> rowDirection;

	/**
	 * The cached value of the '{@link #getColumnDirection() <em>Column Direction</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnDirection()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> columnDirection;

	/**
	 * The cached value of the '{@link #getSliceDirection() <em>Slice Direction</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSliceDirection()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> sliceDirection;

	/**
	 * The default value of the '{@link #getColumns() <em>Columns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected static final int COLUMNS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getColumns() <em>Columns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected int columns = COLUMNS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRows() <em>Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRows()
	 * @generated
	 * @ordered
	 */
	protected static final int ROWS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRows() <em>Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRows()
	 * @generated
	 * @ordered
	 */
	protected int rows = ROWS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlices() <em>Slices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlices()
	 * @generated
	 * @ordered
	 */
	protected static final int SLICES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSlices() <em>Slices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlices()
	 * @generated
	 * @ordered
	 */
	protected int slices = SLICES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoseUnit() <em>Dose Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String DOSE_UNIT_EDEFAULT = "Gy";

	/**
	 * The cached value of the '{@link #getDoseUnit() <em>Dose Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseUnit()
	 * @generated
	 * @ordered
	 */
	protected String doseUnit = DOSE_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoseFile() <em>Dose File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseFile()
	 * @generated
	 * @ordered
	 */
	protected static final String DOSE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoseFile() <em>Dose File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseFile()
	 * @generated
	 * @ordered
	 */
	protected String doseFile = DOSE_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoseSha256() <em>Dose Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String DOSE_SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoseSha256() <em>Dose Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseSha256()
	 * @generated
	 * @ordered
	 */
	protected String doseSha256 = DOSE_SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoseValues() <em>Dose Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseValues()
	 * @generated
	 * @ordered
	 */
	protected static final float[] DOSE_VALUES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoseValues() <em>Dose Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseValues()
	 * @generated
	 * @ordered
	 */
	protected float[] doseValues = DOSE_VALUES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DoseGridImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.DOSE_GRID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getOriginMm() {
		if (originMm == null) {
			originMm = new EDataTypeEList<Double>(Double.class, this, ModelPackage.DOSE_GRID__ORIGIN_MM);
		}
		return originMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getSpacingMm() {
		if (spacingMm == null) {
			spacingMm = new EDataTypeEList<Double>(Double.class, this, ModelPackage.DOSE_GRID__SPACING_MM);
		}
		return spacingMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getRowDirection() {
		if (rowDirection == null) {
			rowDirection = new EDataTypeEList<Double>(Double.class, this, ModelPackage.DOSE_GRID__ROW_DIRECTION);
		}
		return rowDirection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getColumnDirection() {
		if (columnDirection == null) {
			columnDirection = new EDataTypeEList<Double>(Double.class, this, ModelPackage.DOSE_GRID__COLUMN_DIRECTION);
		}
		return columnDirection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getSliceDirection() {
		if (sliceDirection == null) {
			sliceDirection = new EDataTypeEList<Double>(Double.class, this, ModelPackage.DOSE_GRID__SLICE_DIRECTION);
		}
		return sliceDirection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getColumns() {
		return columns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumns(int newColumns) {
		int oldColumns = columns;
		columns = newColumns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DOSE_GRID__COLUMNS, oldColumns, columns));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRows() {
		return rows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRows(int newRows) {
		int oldRows = rows;
		rows = newRows;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DOSE_GRID__ROWS, oldRows, rows));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSlices() {
		return slices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlices(int newSlices) {
		int oldSlices = slices;
		slices = newSlices;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DOSE_GRID__SLICES, oldSlices, slices));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDoseUnit() {
		return doseUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoseUnit(String newDoseUnit) {
		String oldDoseUnit = doseUnit;
		doseUnit = newDoseUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DOSE_GRID__DOSE_UNIT, oldDoseUnit, doseUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDoseFile() {
		return doseFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoseFile(String newDoseFile) {
		String oldDoseFile = doseFile;
		doseFile = newDoseFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DOSE_GRID__DOSE_FILE, oldDoseFile, doseFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDoseSha256() {
		return doseSha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoseSha256(String newDoseSha256) {
		String oldDoseSha256 = doseSha256;
		doseSha256 = newDoseSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DOSE_GRID__DOSE_SHA256, oldDoseSha256, doseSha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public float[] getDoseValues() {
		return doseValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoseValues(float[] newDoseValues) {
		float[] oldDoseValues = doseValues;
		doseValues = newDoseValues;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DOSE_GRID__DOSE_VALUES, oldDoseValues, doseValues));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.DOSE_GRID__ORIGIN_MM:
				return getOriginMm();
			case ModelPackage.DOSE_GRID__SPACING_MM:
				return getSpacingMm();
			case ModelPackage.DOSE_GRID__ROW_DIRECTION:
				return getRowDirection();
			case ModelPackage.DOSE_GRID__COLUMN_DIRECTION:
				return getColumnDirection();
			case ModelPackage.DOSE_GRID__SLICE_DIRECTION:
				return getSliceDirection();
			case ModelPackage.DOSE_GRID__COLUMNS:
				return getColumns();
			case ModelPackage.DOSE_GRID__ROWS:
				return getRows();
			case ModelPackage.DOSE_GRID__SLICES:
				return getSlices();
			case ModelPackage.DOSE_GRID__DOSE_UNIT:
				return getDoseUnit();
			case ModelPackage.DOSE_GRID__DOSE_FILE:
				return getDoseFile();
			case ModelPackage.DOSE_GRID__DOSE_SHA256:
				return getDoseSha256();
			case ModelPackage.DOSE_GRID__DOSE_VALUES:
				return getDoseValues();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.DOSE_GRID__ORIGIN_MM:
				getOriginMm().clear();
				getOriginMm().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.DOSE_GRID__SPACING_MM:
				getSpacingMm().clear();
				getSpacingMm().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.DOSE_GRID__ROW_DIRECTION:
				getRowDirection().clear();
				getRowDirection().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.DOSE_GRID__COLUMN_DIRECTION:
				getColumnDirection().clear();
				getColumnDirection().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.DOSE_GRID__SLICE_DIRECTION:
				getSliceDirection().clear();
				getSliceDirection().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.DOSE_GRID__COLUMNS:
				setColumns((Integer)newValue);
				return;
			case ModelPackage.DOSE_GRID__ROWS:
				setRows((Integer)newValue);
				return;
			case ModelPackage.DOSE_GRID__SLICES:
				setSlices((Integer)newValue);
				return;
			case ModelPackage.DOSE_GRID__DOSE_UNIT:
				setDoseUnit((String)newValue);
				return;
			case ModelPackage.DOSE_GRID__DOSE_FILE:
				setDoseFile((String)newValue);
				return;
			case ModelPackage.DOSE_GRID__DOSE_SHA256:
				setDoseSha256((String)newValue);
				return;
			case ModelPackage.DOSE_GRID__DOSE_VALUES:
				setDoseValues((float[])newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.DOSE_GRID__ORIGIN_MM:
				getOriginMm().clear();
				return;
			case ModelPackage.DOSE_GRID__SPACING_MM:
				getSpacingMm().clear();
				return;
			case ModelPackage.DOSE_GRID__ROW_DIRECTION:
				getRowDirection().clear();
				return;
			case ModelPackage.DOSE_GRID__COLUMN_DIRECTION:
				getColumnDirection().clear();
				return;
			case ModelPackage.DOSE_GRID__SLICE_DIRECTION:
				getSliceDirection().clear();
				return;
			case ModelPackage.DOSE_GRID__COLUMNS:
				setColumns(COLUMNS_EDEFAULT);
				return;
			case ModelPackage.DOSE_GRID__ROWS:
				setRows(ROWS_EDEFAULT);
				return;
			case ModelPackage.DOSE_GRID__SLICES:
				setSlices(SLICES_EDEFAULT);
				return;
			case ModelPackage.DOSE_GRID__DOSE_UNIT:
				setDoseUnit(DOSE_UNIT_EDEFAULT);
				return;
			case ModelPackage.DOSE_GRID__DOSE_FILE:
				setDoseFile(DOSE_FILE_EDEFAULT);
				return;
			case ModelPackage.DOSE_GRID__DOSE_SHA256:
				setDoseSha256(DOSE_SHA256_EDEFAULT);
				return;
			case ModelPackage.DOSE_GRID__DOSE_VALUES:
				setDoseValues(DOSE_VALUES_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.DOSE_GRID__ORIGIN_MM:
				return originMm != null && !originMm.isEmpty();
			case ModelPackage.DOSE_GRID__SPACING_MM:
				return spacingMm != null && !spacingMm.isEmpty();
			case ModelPackage.DOSE_GRID__ROW_DIRECTION:
				return rowDirection != null && !rowDirection.isEmpty();
			case ModelPackage.DOSE_GRID__COLUMN_DIRECTION:
				return columnDirection != null && !columnDirection.isEmpty();
			case ModelPackage.DOSE_GRID__SLICE_DIRECTION:
				return sliceDirection != null && !sliceDirection.isEmpty();
			case ModelPackage.DOSE_GRID__COLUMNS:
				return columns != COLUMNS_EDEFAULT;
			case ModelPackage.DOSE_GRID__ROWS:
				return rows != ROWS_EDEFAULT;
			case ModelPackage.DOSE_GRID__SLICES:
				return slices != SLICES_EDEFAULT;
			case ModelPackage.DOSE_GRID__DOSE_UNIT:
				return DOSE_UNIT_EDEFAULT == null ? doseUnit != null : !DOSE_UNIT_EDEFAULT.equals(doseUnit);
			case ModelPackage.DOSE_GRID__DOSE_FILE:
				return DOSE_FILE_EDEFAULT == null ? doseFile != null : !DOSE_FILE_EDEFAULT.equals(doseFile);
			case ModelPackage.DOSE_GRID__DOSE_SHA256:
				return DOSE_SHA256_EDEFAULT == null ? doseSha256 != null : !DOSE_SHA256_EDEFAULT.equals(doseSha256);
			case ModelPackage.DOSE_GRID__DOSE_VALUES:
				return DOSE_VALUES_EDEFAULT == null ? doseValues != null : !DOSE_VALUES_EDEFAULT.equals(doseValues);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (originMm: ");
		result.append(originMm);
		result.append(", spacingMm: ");
		result.append(spacingMm);
		result.append(", rowDirection: ");
		result.append(rowDirection);
		result.append(", columnDirection: ");
		result.append(columnDirection);
		result.append(", sliceDirection: ");
		result.append(sliceDirection);
		result.append(", columns: ");
		result.append(columns);
		result.append(", rows: ");
		result.append(rows);
		result.append(", slices: ");
		result.append(slices);
		result.append(", doseUnit: ");
		result.append(doseUnit);
		result.append(", doseFile: ");
		result.append(doseFile);
		result.append(", doseSha256: ");
		result.append(doseSha256);
		result.append(", doseValues: ");
		result.append(doseValues);
		result.append(')');
		return result.toString();
	}

} //DoseGridImpl
